package org.twinport.exchange;

import java.time.LocalDate;

/** Filters of the exchange list; null means any. {@code partner} is a place code. */
public record ExchangeQuery(ExchangeKind kind, String partner, LocalDate from, LocalDate to) {
}

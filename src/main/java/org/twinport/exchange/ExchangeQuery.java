package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/** Filters of the exchange list; null means any. {@code partner} is a place code. */
public record ExchangeQuery(@Nullable ExchangeKind kind, @Nullable String partner, @Nullable LocalDate from,
		@Nullable LocalDate to) {
}

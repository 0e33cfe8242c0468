package org.twinport.matchmaking;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.twinport.shared.Money;

/**
 * A supplier's quote: unit price, minimum order quantity, lead time in days, incoterm and
 * validity.
 */
public record QuoteDraft(Money unitPrice, BigDecimal moq, Integer leadTimeDays, String incoterm, LocalDate validUntil) {
}

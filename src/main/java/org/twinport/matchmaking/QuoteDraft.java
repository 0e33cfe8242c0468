package org.twinport.matchmaking;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.twinport.shared.Money;

/**
 * A supplier's quote: unit price, minimum order quantity, lead time in days, incoterm and
 * validity.
 * Any part may be null as it arrives (JSON or a form); the service refuses what is missing.
 */
public record QuoteDraft(@Nullable Money unitPrice, @Nullable BigDecimal moq, @Nullable Integer leadTimeDays,
		@Nullable String incoterm, @Nullable LocalDate validUntil) {
}

package org.twinport.matchmaking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.twinport.shared.Money;

/**
 * A sourcing request. {@code quoteCount} is shown to its buyer and ADMIN only (null for
 * others).
 */
public record RfqView(long id, long buyerCompanyId, String buyerName, String product, String hsCode,
		@Nullable String category, BigDecimal quantity, String unit, @Nullable Money targetUnitPrice, String incoterm,
		String destination, LocalDate deadline, RfqStatus status, @Nullable Long awardedQuoteId,
		@Nullable Integer quoteCount, Instant createdAt) {
}

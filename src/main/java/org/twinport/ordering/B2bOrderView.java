package org.twinport.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.twinport.pricing.QuoteLine;
import org.twinport.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A B2B order: the traded product in its own unit, the quote's price and incoterm, and
 * the charges collected at checkout (the goods only: no consumer tax).
 *
 * @param quoteId the accepted matchmaking quote
 * @param buyerMerchantId the buyer's catalog merchant, null for a buying company
 * @param leadTimeDays the supplier's lead time, null for orders made before it was kept
 * @param importEstimate the import duty, taxes and fees estimated for the incoterm by the
 * landed-cost rules when the order was placed (each line {@code estimate}); not charged
 * here, empty when none could be made
 * @param importPaidBy who pays them: {@code SELLER} under DDP, else {@code BUYER} at the
 * border
 */
public record B2bOrderView(long orderId, String checkoutReference, OrderStatus status, long quoteId, long rfqId,
		long buyerCompanyId, @Nullable Long buyerMerchantId, long supplierCompanyId, long supplierMerchantId, String product,
		String hsCode, BigDecimal quantity, String unit, Money unitPrice, String incoterm, String destination,
		Money tax, Money total, List<QuoteLine> charges, Instant placedAt, Instant paymentDueAt,
		@Nullable Integer leadTimeDays, List<QuoteLine> importEstimate, String importPaidBy) {
}

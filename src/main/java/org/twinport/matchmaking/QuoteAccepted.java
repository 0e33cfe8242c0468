package org.twinport.matchmaking;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.twinport.shared.Money;

/**
 * A buyer accepted a quote and the RFQ is awarded. Carries what a B2B order needs (the
 * incoterm, and the fact that it is business to business, so no consumer tax is collected
 * at checkout).
 *
 * @param buyerMerchantId the buyer company's catalog merchant, null for a buying company
 * @param supplierMerchantId the supplier's catalog merchant, null when the supplier does
 * not sell in the catalog
 * @param acceptedByAccountId the account that accepted: for a buying company its owner,
 * for a merchant one of its MERCHANT accounts
 * @param leadTimeDays the supplier's lead time in days (null in events published before
 * it was carried)
 */
public record QuoteAccepted(long quoteId, long rfqId, long buyerCompanyId, @Nullable Long buyerMerchantId,
		long supplierCompanyId, @Nullable Long supplierMerchantId, String product, String hsCode, BigDecimal quantity,
		String unit, Money unitPrice, String incoterm, String destination, long acceptedByAccountId,
		@Nullable Integer leadTimeDays) {
}

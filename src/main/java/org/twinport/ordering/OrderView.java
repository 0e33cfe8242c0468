package org.twinport.ordering;

import java.time.Instant;
import java.util.List;

import org.twinport.pricing.QuoteLine;
import org.twinport.shared.Money;

/**
 * An order with its snapshot: prices, address, the landed-cost lines and the rule and FX
 * versions behind them.
 *
 * @param kind RETAIL for a marketplace checkout, B2B for an order from an accepted quote
 */
public record OrderView(long id, String checkoutReference, long merchantId, long buyerId, OrderStatus status,
		String market, Money goods, Money shipping, Money duty, Money tax, Money fees, Money total, Money dueAtBorder,
		Money paid, Money refunded, String shippingService, String transitDays, Address address, List<Line> lines,
		List<QuoteLine> charges, String ruleSetVersion, String fxRateSetId, Instant placedAt, Instant paymentDueAt,
		String kind) {

	public record Line(long variantId, String sku, String title, int quantity, Money unitPrice) {
	}

}

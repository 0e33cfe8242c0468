package org.twinport.ordering;

import java.time.Instant;

import org.twinport.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Paid in full: {@code amount} is always the order's total.
 *
 * @param goods where the goods go and what they are; null in events published before this
 * field existed
 */
public record OrderPaid(long orderId, String checkoutReference, long merchantId, long buyerId, Money amount,
		String provider, Instant occurredAt, @Nullable OrderGoods goods) {

	/** The event as it was before it carried the goods. */
	public OrderPaid(long orderId, String checkoutReference, long merchantId, long buyerId, Money amount,
			String provider, Instant occurredAt) {
		this(orderId, checkoutReference, merchantId, buyerId, amount, provider, occurredAt, null);
	}

}

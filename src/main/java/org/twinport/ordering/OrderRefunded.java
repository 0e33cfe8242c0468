package org.twinport.ordering;

import java.time.Instant;

import org.twinport.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Money given back to the buyer; {@code full} when the whole paid amount has now been
 * refunded.
 *
 * @param paid what the buyer had paid for the order, so that {@code amount / paid} is the
 * share refunded; null in events published before this field existed
 * @param refundId the refund's own id, one per refund of the order; null in events
 * published before this field existed
 */
public record OrderRefunded(long orderId, String checkoutReference, long merchantId, long buyerId, Money amount,
		boolean full, Instant occurredAt, @Nullable Money paid, @Nullable Long refundId) {

	/** The event as it was before it carried the paid amount and the refund's id. */
	public OrderRefunded(long orderId, String checkoutReference, long merchantId, long buyerId, Money amount,
			boolean full, Instant occurredAt) {
		this(orderId, checkoutReference, merchantId, buyerId, amount, full, occurredAt, null, null);
	}

}

package org.twinport.ordering;

import java.time.Instant;

import org.twinport.shared.Money;

/**
 * Money given back to the buyer; {@code full} when the whole paid amount has now been
 * refunded.
 */
public record OrderRefunded(long orderId, String checkoutReference, long merchantId, long buyerId, Money amount,
		boolean full, Instant occurredAt) {
}

package org.twinport.ordering;

import java.time.Instant;

/** Received by the buyer. */
public record OrderDelivered(long orderId, String checkoutReference, long merchantId, long buyerId,
		Instant occurredAt) {
}

package org.twinport.ordering;

import java.time.Instant;

/**
 * Cancelled before payment, by a person or because payment did not come in time; its
 * stock is released.
 */
public record OrderCancelled(long orderId, String checkoutReference, long merchantId, long buyerId,
		Instant occurredAt) {
}

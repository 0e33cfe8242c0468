package org.twinport.ordering;

import java.time.Instant;

/** Packed by the merchant and declared for customs. */
public record OrderReadyForCustoms(long orderId, String checkoutReference, long merchantId, long buyerId,
		Instant occurredAt) {
}

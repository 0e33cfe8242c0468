package org.twinport.ordering;

import java.time.Instant;

/** Placed at checkout; its stock is reserved. */
public record OrderPlaced(long orderId, String checkoutReference, long merchantId, long buyerId, Instant occurredAt) {
}

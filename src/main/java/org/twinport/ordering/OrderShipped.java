package org.twinport.ordering;

import java.time.Instant;

/** Handed to the carrier; its stock has left the warehouse. */
public record OrderShipped(long orderId, String checkoutReference, long merchantId, long buyerId, Instant occurredAt) {
}

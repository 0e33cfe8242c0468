package org.twinport.ordering;

import java.time.Instant;

import org.twinport.shared.Money;

/** Paid in full: {@code amount} is always the order's total. */
public record OrderPaid(long orderId, String checkoutReference, long merchantId, long buyerId, Money amount,
		String provider, Instant occurredAt) {
}

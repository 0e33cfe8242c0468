package org.twinport.ordering;

import org.twinport.shared.Money;

/**
 * A payment attempt. {@code instructions} tell the buyer what to do next, for example the
 * bank details and reference for a transfer.
 *
 * @param status PENDING, CAPTURED, DECLINED or TIMED_OUT
 */
public record PaymentView(long id, long orderId, String provider, String status, Money amount, String reference,
		String instructions) {
}

package org.twinport.ordering.internal;

import org.twinport.ordering.OrderStatus;
import org.twinport.shared.Money;

/** The parts of a locked order that changes of state need. */
record OrderState(long id, String reference, long merchantId, long buyerId, OrderStatus status, Money total, Money paid,
		Money refunded) {
}

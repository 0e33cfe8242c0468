package org.twinport.ordering;

import java.util.List;

import org.twinport.identity.TwinportUser;
import org.jspecify.annotations.Nullable;
import org.twinport.shared.Money;

/**
 * Orders as each role sees them (a buyer its own, a merchant its company's, ADMIN all;
 * anything else is not found) and the changes of state each role may make. Every change
 * publishes its event in the same transaction.
 */
public interface Orders {

	/** The viewer's orders, newest first; all states when {@code status} is null. */
	List<OrderView> orders(TwinportUser viewer, @Nullable OrderStatus status, int limit);

	OrderView order(TwinportUser viewer, long orderId);

	/**
	 * Moves an order on: READY_FOR_CUSTOMS and SHIPPED by its merchant or ADMIN,
	 * DELIVERED by its buyer or ADMIN, CANCELLED (before payment) by any of them. PAID
	 * and REFUNDED come from {@link Payments}.
	 * @throws org.twinport.shared.StateConflictException when the order is not in a state
	 * that allows it
	 * @throws org.springframework.security.access.AccessDeniedException when the role may
	 * not make this change
	 */
	OrderView transition(TwinportUser actor, long orderId, OrderStatus target);

	/**
	 * Refunds part or all of what was paid, by the merchant or ADMIN; the full amount
	 * makes the order REFUNDED.
	 */
	OrderView refund(TwinportUser actor, long orderId, Money amount, @Nullable String reason);

}

package org.twinport.ordering.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.twinport.identity.Role;
import org.twinport.ordering.OrderStatus;
import org.twinport.shared.StateConflictException;

/**
 * Which role may move an order from where to where. PAID and REFUNDED are reached only
 * through payments and refunds, never by asking for the state.
 */
final class OrderLifecycle {

	private record Step(Set<OrderStatus> from, Set<Role> by) {
	}

	private static final Map<OrderStatus, Step> STEPS = Map.of(OrderStatus.CANCELLED,
			new Step(Set.of(OrderStatus.PLACED), Set.of(Role.BUYER, Role.MERCHANT, Role.ADMIN)),
			OrderStatus.READY_FOR_CUSTOMS, new Step(Set.of(OrderStatus.PAID), Set.of(Role.MERCHANT, Role.ADMIN)),
			OrderStatus.SHIPPED, new Step(Set.of(OrderStatus.READY_FOR_CUSTOMS), Set.of(Role.MERCHANT, Role.ADMIN)),
			OrderStatus.DELIVERED, new Step(Set.of(OrderStatus.SHIPPED), Set.of(Role.BUYER, Role.ADMIN)));

	private OrderLifecycle() {
	}

	/**
	 * @throws AccessDeniedException when the role may never make this step
	 * @throws StateConflictException when the order is not where the step starts
	 */
	static void check(OrderStatus from, OrderStatus to, Role role) {
		Step step = STEPS.get(to);
		if (step == null) {
			throw new StateConflictException(
					"An order becomes " + to + " through a payment or a refund, not on request.");
		}
		if (!step.by().contains(role)) {
			throw new AccessDeniedException(role + " may not mark an order " + to);
		}
		if (!step.from().contains(from)) {
			throw new StateConflictException(
					"The order is " + from + "; it can become " + to + " only from " + step.from() + ".");
		}
	}

}

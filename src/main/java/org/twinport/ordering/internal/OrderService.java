package org.twinport.ordering.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.Offers;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.Orders;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Service
class OrderService implements Orders {

	private final OrderStore store;

	private final OrderViews views;

	private final Offers offers;

	private final OrderEvents events;

	private final PaymentService payments;

	private final Clock clock = Clock.systemUTC();

	OrderService(OrderStore store, OrderViews views, Offers offers, OrderEvents events, PaymentService payments) {
		this.store = store;
		this.views = views;
		this.offers = offers;
		this.events = events;
		this.payments = payments;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrderView> orders(TwinportUser viewer, OrderStatus status, int limit) {
		return views.list(viewer, status, Math.max(1, Math.min(limit, 200)));
	}

	@Override
	@Transactional(readOnly = true)
	public OrderView order(TwinportUser viewer, long orderId) {
		return views.find(viewer, orderId).orElseThrow(() -> notFound(orderId));
	}

	@Override
	@Transactional
	public OrderView transition(TwinportUser actor, long orderId, OrderStatus target) {
		return request(actor, orderId, target, null);
	}

	/** Hands the order to the carrier under {@code tracking}. */
	@Transactional
	public OrderView ship(TwinportUser actor, long orderId, String tracking) {
		return request(actor, orderId, OrderStatus.SHIPPED, tracking);
	}

	private OrderView request(TwinportUser actor, long orderId, OrderStatus target, String tracking) {
		if (target == null) {
			throw new InvalidInputException("status", Reason.of("problem.required"));
		}
		Order order = store.lock(actor, orderId).orElseThrow(() -> notFound(orderId));
		apply(order, order.request(target, actor.role(), tracking, clock.instant()));
		return order(actor, orderId);
	}

	/**
	 * Cancels an order that was not paid in time; called by the system, not by a person.
	 */
	@Transactional
	public boolean cancelUnpaid(long orderId) {
		Order order = store.lockAny(orderId).orElseThrow(() -> notFound(orderId));
		if (!order.awaitingPayment()) {
			return false;
		}
		apply(order, order.cancel(clock.instant()));
		return true;
	}

	private void apply(Order order, Order.Change change) {
		moveStock(order, change);
		store.save(order);
		events.publish(change.event());
	}

	private void moveStock(Order order, Order.Change change) {
		switch (change.stock()) {
			case RELEASED -> offers.release(store.allocations(order.id()));
			case SHIPPED -> offers.ship(store.allocations(order.id()));
			case KEPT -> {
			}
		}
	}

	@Override
	@Transactional
	public OrderView refund(TwinportUser actor, long orderId, Money amount, String reason) {
		if (!actor.is(Role.MERCHANT) && !actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only the merchant or ADMIN refunds");
		}
		Order order = store.lock(actor, orderId).orElseThrow(() -> notFound(orderId));
		long refundId = store.nextRefundId();
		Order.Change change = order.refund(amount, refundId, clock.instant());
		payments.refund(orderId, amount);
		moveStock(order, change);
		store.saveRefunded(order,
				new OrderStore.NewRefund(refundId, amount, reason == null ? "" : reason.strip(), actor.id()));
		events.publish(change.event());
		return order(actor, orderId);
	}

	private static NotFoundException notFound(long orderId) {
		return new NotFoundException(Reason.of("ordering.problem.noOrder", String.valueOf(orderId)));
	}

}

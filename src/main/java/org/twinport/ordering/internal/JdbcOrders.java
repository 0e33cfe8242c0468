package org.twinport.ordering.internal;

import java.time.Clock;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.Offers;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.OrderRefunded;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.Orders;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

@Service
class JdbcOrders implements Orders {

	private final JdbcClient jdbc;

	private final OrderStore store;

	private final Offers offers;

	private final OrderEvents events;

	private final JdbcPayments payments;

	private final Clock clock = Clock.systemUTC();

	JdbcOrders(JdbcClient jdbc, OrderStore store, Offers offers, OrderEvents events, JdbcPayments payments) {
		this.jdbc = jdbc;
		this.store = store;
		this.offers = offers;
		this.events = events;
		this.payments = payments;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrderView> orders(TwinportUser viewer, OrderStatus status, int limit) {
		return store.list(viewer, status, Math.max(1, Math.min(limit, 200)));
	}

	@Override
	@Transactional(readOnly = true)
	public OrderView order(TwinportUser viewer, long orderId) {
		return store.find(viewer, orderId).orElseThrow(() -> notFound(orderId));
	}

	@Override
	@Transactional
	public OrderView transition(TwinportUser actor, long orderId, OrderStatus target) {
		if (target == null) {
			throw new InvalidInputException("status", "is required");
		}
		OrderState order = store.lock(actor, orderId).orElseThrow(() -> notFound(orderId));
		OrderLifecycle.check(order.status(), target, actor.role());
		move(order, target);
		return order(actor, orderId);
	}

	/**
	 * Cancels an order that was not paid in time; called by the system, not by a person.
	 */
	@Transactional
	public boolean cancelUnpaid(long orderId) {
		OrderState order = store.lockAny(orderId).orElseThrow(() -> notFound(orderId));
		if (order.status() != OrderStatus.PLACED) {
			return false;
		}
		move(order, OrderStatus.CANCELLED);
		return true;
	}

	private void move(OrderState order, OrderStatus target) {
		if (target == OrderStatus.CANCELLED) {
			offers.release(store.allocations(order.id()));
		}
		else if (target == OrderStatus.SHIPPED) {
			offers.ship(store.allocations(order.id()));
		}
		store.move(order.id(), target);
		events.moved(order, target, clock.instant());
	}

	@Override
	@Transactional
	public OrderView refund(TwinportUser actor, long orderId, Money amount, String reason) {
		if (!actor.is(Role.MERCHANT) && !actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only the merchant or ADMIN refunds");
		}
		OrderState order = store.lock(actor, orderId).orElseThrow(() -> notFound(orderId));
		if (order.paid().amount().signum() == 0 || order.status() == OrderStatus.REFUNDED) {
			throw new StateConflictException("The order is " + order.status() + "; only a paid order can be refunded.");
		}
		if (amount == null) {
			throw new InvalidInputException("amount", "is required");
		}
		if (!amount.currency().equals(order.total().currency())) {
			throw new InvalidInputException("amount.currency",
					"must be the order's currency, " + order.total().currency());
		}
		Money left = order.paid().minus(order.refunded());
		if (amount.amount().signum() <= 0 || amount.compareTo(left) > 0) {
			throw new InvalidInputException("amount", "must be more than 0 and at most " + left.rounded());
		}
		payments.refund(order, amount);
		boolean full = amount.compareTo(left) == 0;
		long refundId = jdbc.sql("""
				insert into ordering.refund (order_id, amount, reason, by_account) values (:o, :a, :r, :by)
				returning id""")
			.param("o", orderId)
			.param("a", amount.amount())
			.param("r", reason == null ? "" : reason.strip())
			.param("by", actor.id())
			.query(Long.class)
			.single();
		jdbc.sql(
				"update ordering.customer_order set refunded_amount = refunded_amount + :a, updated_at = now() where id = :id")
			.param("a", amount.amount())
			.param("id", orderId)
			.update();
		if (full) {
			// Goods not yet shipped go back on sale; shipped goods are the merchant's to
			// take back.
			if (order.status() == OrderStatus.PAID || order.status() == OrderStatus.READY_FOR_CUSTOMS) {
				offers.release(store.allocations(orderId));
			}
			store.move(orderId, OrderStatus.REFUNDED);
		}
		events.publish(new OrderRefunded(orderId, order.reference(), order.merchantId(), order.buyerId(),
				amount.rounded(), full, clock.instant(), order.paid(), refundId));
		return order(actor, orderId);
	}

	private static NotFoundException notFound(long orderId) {
		return new NotFoundException("You have no order " + orderId + ".");
	}

}

package org.twinport.ordering.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.twinport.identity.Role;
import org.twinport.ordering.OrderCancelled;
import org.twinport.ordering.OrderDelivered;
import org.twinport.ordering.OrderGoods;
import org.twinport.ordering.OrderPaid;
import org.twinport.ordering.OrderReadyForCustoms;
import org.twinport.ordering.OrderRefunded;
import org.twinport.ordering.OrderShipped;
import org.twinport.ordering.OrderStatus;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.Reason;

/**
 * An order after it was placed: every change of its state is asked of it, checked against
 * where it is, and answered with the event it causes and what becomes of its reserved
 * stock. {@link OrderStore} loads it locked and writes it back.
 */
final class Order {

	/**
	 * A bank transfer takes days; the order waits that long before it is cancelled for
	 * want of payment.
	 */
	static final Duration TRANSFER_WINDOW = Duration.ofDays(5);

	private static final Pattern TRACKING_NUMBER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 -]{3,59}$");

	/**
	 * The states a person may ask for, and who may ask. PAID and REFUNDED are reached only
	 * through payments and refunds.
	 */
	private static final Map<OrderStatus, Set<Role>> REQUESTABLE = Map.of(OrderStatus.CANCELLED,
			EnumSet.of(Role.BUYER, Role.MERCHANT, Role.ADMIN), OrderStatus.READY_FOR_CUSTOMS,
			EnumSet.of(Role.MERCHANT, Role.ADMIN), OrderStatus.SHIPPED, EnumSet.of(Role.MERCHANT, Role.ADMIN),
			OrderStatus.DELIVERED, EnumSet.of(Role.BUYER, Role.ADMIN));

	private final long id;

	private final String reference;

	private final long merchantId;

	private final long buyerId;

	private final Money total;

	private OrderStatus status;

	private Money paid;

	private Money refunded;

	private Instant paymentDueAt;

	Order(long id, String reference, long merchantId, long buyerId, OrderStatus status, Money total, Money paid,
			Money refunded, Instant paymentDueAt) {
		this.id = id;
		this.reference = reference;
		this.merchantId = merchantId;
		this.buyerId = buyerId;
		this.status = status;
		this.total = total;
		this.paid = paid;
		this.refunded = refunded;
		this.paymentDueAt = paymentDueAt;
	}

	/** What becomes of the stock reserved for the order. */
	enum Stock {

		KEPT, RELEASED, SHIPPED

	}

	/** A change of state: the event it publishes and what it does to the reserved stock. */
	record Change(Object event, Stock stock) {
	}

	/**
	 * Refused unless the order is placed and unpaid; asked before a payment provider is
	 * charged.
	 */
	void checkPayable() {
		if (status != OrderStatus.PLACED) {
			throw new StateConflictException(Reason.of("ordering.problem.payOnlyPlaced", status.name()));
		}
	}

	/** The provider captured the total. */
	Change pay(String provider, Supplier<OrderGoods> goods, Instant at) {
		checkPayable();
		return paid(provider, goods, at);
	}

	/** A payment that waits for the merchant's confirmation, such as a bank transfer. */
	void awaitTransfer(Instant now) {
		checkPayable();
		paymentDueAt = now.plus(TRANSFER_WINDOW);
	}

	/** The merchant saw the transfer arrive. */
	Change confirmTransfer(String provider, Supplier<OrderGoods> goods, Instant at) {
		if (status != OrderStatus.PLACED) {
			throw new StateConflictException(Reason.of("ordering.problem.noLongerPayable", status.name()));
		}
		return paid(provider, goods, at);
	}

	private Change paid(String provider, Supplier<OrderGoods> goods, Instant at) {
		status = OrderStatus.PAID;
		paid = total;
		return new Change(new OrderPaid(id, reference, merchantId, buyerId, total, provider, at, goods.get()),
				Stock.KEPT);
	}

	/**
	 * A state a person asked for, in the order the API has always answered: a state that
	 * cannot be asked for (409), a role that may not ask for it (403), then the order's
	 * own state (409).
	 * @param tracking the carrier's number, for SHIPPED only
	 */
	Change request(OrderStatus target, Role by, String tracking, Instant at) {
		Set<Role> allowed = REQUESTABLE.get(target);
		if (allowed == null) {
			throw new StateConflictException(Reason.of("ordering.problem.notRequestable", target.name()));
		}
		if (!allowed.contains(by)) {
			throw new AccessDeniedException(by + " may not mark an order " + target);
		}
		return switch (target) {
			case CANCELLED -> cancel(at);
			case READY_FOR_CUSTOMS -> readyForCustoms(at);
			case SHIPPED -> ship(tracking, at);
			case DELIVERED -> deliver(at);
			default -> throw new IllegalStateException("Not requestable: " + target);
		};
	}

	/** Whether the order still waits for its payment, which only then can lapse. */
	boolean awaitingPayment() {
		return status == OrderStatus.PLACED;
	}

	Change cancel(Instant at) {
		move(OrderStatus.PLACED, OrderStatus.CANCELLED);
		return new Change(new OrderCancelled(id, reference, merchantId, buyerId, at), Stock.RELEASED);
	}

	Change readyForCustoms(Instant at) {
		move(OrderStatus.PAID, OrderStatus.READY_FOR_CUSTOMS);
		return new Change(new OrderReadyForCustoms(id, reference, merchantId, buyerId, at), Stock.KEPT);
	}

	/**
	 * @param tracking the carrier's number: 4 to 60 letters, digits, spaces or dashes,
	 * checked after the order's state
	 */
	Change ship(String tracking, Instant at) {
		checkMove(OrderStatus.READY_FOR_CUSTOMS, OrderStatus.SHIPPED);
		if (tracking == null || !TRACKING_NUMBER.matcher(tracking).matches()) {
			throw new InvalidInputException("trackingNumber",
					Reason.of("ordering.problem.trackingNumber"));
		}
		status = OrderStatus.SHIPPED;
		return new Change(new OrderShipped(id, reference, merchantId, buyerId, at), Stock.SHIPPED);
	}

	Change deliver(Instant at) {
		move(OrderStatus.SHIPPED, OrderStatus.DELIVERED);
		return new Change(new OrderDelivered(id, reference, merchantId, buyerId, at), Stock.KEPT);
	}

	private void move(OrderStatus from, OrderStatus to) {
		checkMove(from, to);
		status = to;
	}

	private void checkMove(OrderStatus from, OrderStatus to) {
		if (status != from) {
			throw new StateConflictException(
					Reason.of("ordering.problem.moveOnlyFrom", status.name(), to.name(), from.name()));
		}
	}

	/**
	 * Gives back part or all of what was paid. The whole of what is left makes the order
	 * REFUNDED, and goods not yet shipped go back on sale; shipped goods are the
	 * merchant's to take back.
	 * @param refundId the id the refund will be stored under
	 */
	Change refund(Money amount, long refundId, Instant at) {
		if (paid.amount().signum() == 0 || status == OrderStatus.REFUNDED) {
			throw new StateConflictException(Reason.of("ordering.problem.refundOnlyPaid", status.name()));
		}
		if (amount == null) {
			throw new InvalidInputException("amount", Reason.of("problem.required"));
		}
		if (!amount.currency().equals(total.currency())) {
			throw new InvalidInputException("amount.currency", Reason.of("ordering.problem.orderCurrency", total.currency()));
		}
		Money left = paid.minus(refunded);
		if (amount.amount().signum() <= 0 || amount.compareTo(left) > 0) {
			throw new InvalidInputException("amount", Reason.of("ordering.problem.refundAmount", left.rounded().toString()));
		}
		boolean full = amount.compareTo(left) == 0;
		Stock stock = full && (status == OrderStatus.PAID || status == OrderStatus.READY_FOR_CUSTOMS) ? Stock.RELEASED
				: Stock.KEPT;
		refunded = refunded.plus(amount);
		if (full) {
			status = OrderStatus.REFUNDED;
		}
		return new Change(new OrderRefunded(id, reference, merchantId, buyerId, amount.rounded(), full, at, paid,
				refundId), stock);
	}

	long id() {
		return id;
	}

	OrderStatus status() {
		return status;
	}

	Money total() {
		return total;
	}

	Money paid() {
		return paid;
	}

	Money refunded() {
		return refunded;
	}

	Instant paymentDueAt() {
		return paymentDueAt;
	}

}

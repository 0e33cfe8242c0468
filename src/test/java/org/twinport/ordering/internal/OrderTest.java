package org.twinport.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change of an order's state, allowed and refused, without Spring or a database. */
class OrderTest {

	private static final Instant AT = Instant.parse("2026-12-07T10:15:30Z");

	private static final Instant DUE = Instant.parse("2026-12-07T10:45:30Z");

	private static final Money TOTAL = Money.of("100.00", "EUR");

	private static final Set<OrderStatus> PAID_STATES = EnumSet.of(OrderStatus.PAID, OrderStatus.READY_FOR_CUSTOMS,
			OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.REFUNDED);

	private static final OrderGoods GOODS = new OrderGoods("FI", "Helsinki", false, List.of());

	/** Fails the test if the goods are read for a payment that is refused. */
	private static final Supplier<OrderGoods> NO_GOODS = () -> {
		throw new AssertionError("goods read for a refused payment");
	};

	private static Order order(OrderStatus status) {
		Money paid = PAID_STATES.contains(status) ? TOTAL : Money.zero("EUR");
		Money refunded = status == OrderStatus.REFUNDED ? TOTAL : Money.zero("EUR");
		return new Order(7, "TP-ABC", 3, 5, status, TOTAL, paid, refunded, DUE);
	}

	@Test
	void aPlacedOrderIsPaidInFullAndSaysSo() {
		Order order = order(OrderStatus.PLACED);
		Order.Change change = order.pay("test-card", () -> GOODS, AT);
		assertThat(change).isEqualTo(new Order.Change(
				new OrderPaid(7, "TP-ABC", 3, 5, TOTAL, "test-card", AT, GOODS), Order.Stock.KEPT));
		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(order.paid()).isEqualTo(TOTAL);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = "PLACED", mode = EnumSource.Mode.EXCLUDE)
	void onlyAPlacedOrderCanBePaid(OrderStatus status) {
		Order order = order(status);
		assertThatThrownBy(order::checkPayable).isInstanceOfSatisfying(StateConflictException.class, ex -> assertThat(ex.reason())
			.isEqualTo(Reason.of("ordering.problem.payOnlyPlaced", status.name())));
		assertThatThrownBy(() -> order.pay("test-card", NO_GOODS, AT)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> order.awaitTransfer(AT)).isInstanceOf(StateConflictException.class);
		assertThat(order.status()).isEqualTo(status);
		assertThat(order.paymentDueAt()).isEqualTo(DUE);
	}

	@Test
	void aBankTransferGivesTheOrderFiveDaysToBePaid() {
		Order order = order(OrderStatus.PLACED);
		order.awaitTransfer(AT);
		assertThat(order.paymentDueAt()).isEqualTo(Instant.parse("2026-12-12T10:15:30Z"));
		assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
	}

	@Test
	void aConfirmedTransferPaysThePlacedOrder() {
		Order order = order(OrderStatus.PLACED);
		Order.Change change = order.confirmTransfer("bank-transfer", () -> GOODS, AT);
		assertThat(change.event()).isEqualTo(new OrderPaid(7, "TP-ABC", 3, 5, TOTAL, "bank-transfer", AT, GOODS));
		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = "PLACED", mode = EnumSource.Mode.EXCLUDE)
	void aTransferArrivingTooLateIsRefused(OrderStatus status) {
		Order order = order(status);
		assertThatThrownBy(() -> order.confirmTransfer("bank-transfer", NO_GOODS, AT))
			.isInstanceOfSatisfying(StateConflictException.class, ex -> assertThat(ex.reason())
				.isEqualTo(Reason.of("ordering.problem.noLongerPayable", status.name())));
		assertThat(order.status()).isEqualTo(status);
	}

	@Test
	void aPlacedOrderIsCancelledAndItsStockReleased() {
		Order order = order(OrderStatus.PLACED);
		assertThat(order.awaitingPayment()).isTrue();
		assertThat(order.cancel(AT))
			.isEqualTo(new Order.Change(new OrderCancelled(7, "TP-ABC", 3, 5, AT), Order.Stock.RELEASED));
		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.awaitingPayment()).isFalse();
	}

	@Test
	void aPaidOrderIsReadiedForCustoms() {
		Order order = order(OrderStatus.PAID);
		assertThat(order.readyForCustoms(AT))
			.isEqualTo(new Order.Change(new OrderReadyForCustoms(7, "TP-ABC", 3, 5, AT), Order.Stock.KEPT));
		assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_CUSTOMS);
	}

	@Test
	void anOrderReadyForCustomsShipsWithItsTrackingNumberAndItsStockLeaves() {
		Order order = order(OrderStatus.READY_FOR_CUSTOMS);
		assertThat(order.ship("RR123456785CN", AT))
			.isEqualTo(new Order.Change(new OrderShipped(7, "TP-ABC", 3, 5, AT), Order.Stock.SHIPPED));
		assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
	}

	@Test
	void aShippedOrderIsDelivered() {
		Order order = order(OrderStatus.SHIPPED);
		assertThat(order.deliver(AT))
			.isEqualTo(new Order.Change(new OrderDelivered(7, "TP-ABC", 3, 5, AT), Order.Stock.KEPT));
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = "PLACED", mode = EnumSource.Mode.EXCLUDE)
	void onlyAPlacedOrderCanBeCancelled(OrderStatus status) {
		assertRefused(order(status), o -> o.cancel(AT), "CANCELLED", "PLACED");
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = "PAID", mode = EnumSource.Mode.EXCLUDE)
	void onlyAPaidOrderCanBeReadiedForCustoms(OrderStatus status) {
		assertRefused(order(status), o -> o.readyForCustoms(AT), "READY_FOR_CUSTOMS", "PAID");
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = "READY_FOR_CUSTOMS", mode = EnumSource.Mode.EXCLUDE)
	void onlyAnOrderReadyForCustomsCanBeShipped(OrderStatus status) {
		assertRefused(order(status), o -> o.ship("RR123456785CN", AT), "SHIPPED", "READY_FOR_CUSTOMS");
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = "SHIPPED", mode = EnumSource.Mode.EXCLUDE)
	void onlyAShippedOrderCanBeDelivered(OrderStatus status) {
		assertRefused(order(status), o -> o.deliver(AT), "DELIVERED", "SHIPPED");
	}

	private static void assertRefused(Order order, java.util.function.Consumer<Order> step, String to, String from) {
		OrderStatus before = order.status();
		assertThatThrownBy(() -> step.accept(order)).isInstanceOfSatisfying(StateConflictException.class, ex -> assertThat(ex.reason())
			.isEqualTo(Reason.of("ordering.problem.moveOnlyFrom", before.name(), to, from)));
		assertThat(order.status()).isEqualTo(before);
	}

	@Test
	void aShipmentWithoutAUsableTrackingNumberIsRefusedAndTheOrderStays() {
		for (String tracking : new String[] { null, "", "RR1", "-RR123456785CN", "RR12345678<CN", "R".repeat(61) }) {
			Order order = order(OrderStatus.READY_FOR_CUSTOMS);
			assertThatThrownBy(() -> order.ship(tracking, AT)).as(tracking)
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.reason().code()).isEqualTo("ordering.problem.trackingNumber"));
			assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_CUSTOMS);
		}
	}

	@Test
	void theOrderStateIsCheckedBeforeTheTrackingNumber() {
		assertThatThrownBy(() -> order(OrderStatus.PAID).ship("", AT)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aRequestedStateGoesToItsStepForTheRolesThatMayAskForIt() {
		assertThat(order(OrderStatus.PLACED).request(OrderStatus.CANCELLED, Role.BUYER, null, AT).event())
			.isInstanceOf(OrderCancelled.class);
		assertThat(order(OrderStatus.PLACED).request(OrderStatus.CANCELLED, Role.MERCHANT, null, AT).event())
			.isInstanceOf(OrderCancelled.class);
		assertThat(order(OrderStatus.PAID).request(OrderStatus.READY_FOR_CUSTOMS, Role.MERCHANT, null, AT).event())
			.isInstanceOf(OrderReadyForCustoms.class);
		assertThat(order(OrderStatus.READY_FOR_CUSTOMS).request(OrderStatus.SHIPPED, Role.ADMIN, "RR123456785CN", AT)
			.event()).isInstanceOf(OrderShipped.class);
		assertThat(order(OrderStatus.SHIPPED).request(OrderStatus.DELIVERED, Role.BUYER, null, AT).event())
			.isInstanceOf(OrderDelivered.class);
	}

	@Test
	void aRoleThatMayNeverTakeAStepIsDeniedWhateverTheOrdersState() {
		assertThatThrownBy(() -> order(OrderStatus.READY_FOR_CUSTOMS).request(OrderStatus.SHIPPED, Role.BUYER,
				"RR123456785CN", AT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> order(OrderStatus.PLACED).request(OrderStatus.SHIPPED, Role.BUYER, null, AT))
			.as("403 before 409")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> order(OrderStatus.PAID).request(OrderStatus.READY_FOR_CUSTOMS, Role.BUYER, null, AT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> order(OrderStatus.SHIPPED).request(OrderStatus.DELIVERED, Role.MERCHANT, null, AT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> order(OrderStatus.PLACED).request(OrderStatus.CANCELLED, Role.PARTNER_OFFICE, null,
				AT))
			.isInstanceOf(AccessDeniedException.class);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "PLACED", "PAID", "REFUNDED" })
	void paidAndRefundedAreNeverAskedForAndNeitherIsPlaced(OrderStatus target) {
		Order order = order(OrderStatus.PLACED);
		assertThatThrownBy(() -> order.request(target, Role.ADMIN, null, AT)).isInstanceOfSatisfying(StateConflictException.class, ex -> assertThat(ex.reason())
				.isEqualTo(Reason.of("ordering.problem.notRequestable", target.name())));
		assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
	}

	@Test
	void aPartialRefundKeepsTheOrderWhereItIsAndAFullOneRefundsIt() {
		Order order = order(OrderStatus.SHIPPED);
		Order.Change first = order.refund(Money.of("30.00", "EUR"), 11, AT);
		assertThat(first).isEqualTo(new Order.Change(
				new OrderRefunded(7, "TP-ABC", 3, 5, Money.of("30.00", "EUR"), false, AT, TOTAL, 11L),
				Order.Stock.KEPT));
		assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(order.refunded().amount()).isEqualByComparingTo("30.00");
		Order.Change rest = order.refund(Money.of("70.00", "EUR"), 12, AT);
		assertThat(((OrderRefunded) rest.event()).full()).isTrue();
		assertThat(rest.stock()).as("shipped goods are the merchant's to take back").isEqualTo(Order.Stock.KEPT);
		assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(order.refunded()).isEqualTo(TOTAL);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "PAID", "READY_FOR_CUSTOMS" })
	void aFullRefundBeforeShippingPutsTheGoodsBackOnSale(OrderStatus status) {
		Order order = order(status);
		Order.Change change = order.refund(TOTAL, 11, AT);
		assertThat(change.stock()).isEqualTo(Order.Stock.RELEASED);
		assertThat(((OrderRefunded) change.event()).full()).isTrue();
		assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
	}

	@Test
	void aPartialRefundBeforeShippingKeepsTheStock() {
		assertThat(order(OrderStatus.PAID).refund(Money.of("0.01", "EUR"), 11, AT).stock())
			.isEqualTo(Order.Stock.KEPT);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "PLACED", "CANCELLED", "REFUNDED" })
	void anUnpaidOrFullyRefundedOrderIsNotRefunded(OrderStatus status) {
		Order order = order(status);
		assertThatThrownBy(() -> order.refund(Money.of("1.00", "EUR"), 11, AT))
			.isInstanceOfSatisfying(StateConflictException.class, ex -> assertThat(ex.reason())
				.isEqualTo(Reason.of("ordering.problem.refundOnlyPaid", status.name())));
	}

	@Test
	void aRefundMustBeSomethingOfWhatIsLeftInTheOrdersCurrency() {
		Order order = order(OrderStatus.DELIVERED);
		order.refund(Money.of("60.00", "EUR"), 11, AT);
		Reason atMost = Reason.of("ordering.problem.refundAmount", Money.of("40.00", "EUR").toString());
		assertRefund(order, null, "amount", Reason.of("problem.required"));
		assertRefund(order, Money.of("10.00", "USD"), "amount.currency", Reason.of("ordering.problem.orderCurrency", "EUR"));
		assertRefund(order, Money.of("0", "EUR"), "amount", atMost);
		assertRefund(order, new Money(new BigDecimal("-1"), "EUR"), "amount", atMost);
		assertRefund(order, Money.of("40.01", "EUR"), "amount", atMost);
		assertThat(order.refunded().amount()).isEqualByComparingTo("60.00");
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
	}

	private static void assertRefund(Order order, Money amount, String field, Reason reason) {
		assertThatThrownBy(() -> order.refund(amount, 12, AT)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo(field);
					assertThat(ex.reason()).isEqualTo(reason);
				});
	}

}

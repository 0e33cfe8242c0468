package org.twinport.ordering.internal;

import java.time.Instant;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.ordering.OrderCancelled;
import org.twinport.ordering.OrderDelivered;
import org.twinport.ordering.OrderGoods;
import org.twinport.ordering.OrderReadyForCustoms;
import org.twinport.ordering.OrderShipped;
import org.twinport.ordering.OrderStatus;
import org.twinport.shared.Money;

/**
 * Publishes the past-tense event of a change of state, inside the caller's transaction
 * (the outbox).
 */
@Component
class OrderEvents {

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	OrderEvents(ApplicationEventPublisher events, JdbcClient jdbc) {
		this.events = events;
		this.jdbc = jdbc;
	}

	void moved(OrderState order, OrderStatus to, Instant at) {
		Object event = switch (to) {
			case CANCELLED ->
				new OrderCancelled(order.id(), order.reference(), order.merchantId(), order.buyerId(), at);
			case READY_FOR_CUSTOMS ->
				new OrderReadyForCustoms(order.id(), order.reference(), order.merchantId(), order.buyerId(), at);
			case SHIPPED -> new OrderShipped(order.id(), order.reference(), order.merchantId(), order.buyerId(), at);
			case DELIVERED ->
				new OrderDelivered(order.id(), order.reference(), order.merchantId(), order.buyerId(), at);
			default -> throw new IllegalArgumentException("No requested transition to " + to);
		};
		events.publishEvent(event);
	}

	void publish(Object event) {
		events.publishEvent(event);
	}

	/** The destination and the goods of an order, for the events that carry them. */
	OrderGoods goods(long orderId) {
		List<OrderGoods.Line> lines = jdbc.sql("""
				select line_no, hs_code, origin_country, warehouse_id, quantity, 'pcs', unit_price * quantity,
				  price_currency
				from ordering.order_line where order_id = :o
				union all
				select 1, b.hs_code, null, null, b.quantity, b.unit, b.unit_price * b.quantity, o.currency
				from ordering.b2b_order b join ordering.customer_order o on o.id = b.order_id where b.order_id = :o
				order by 1""")
			.param("o", orderId)
			.query((rs, n) -> new OrderGoods.Line(rs.getInt(1), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4), rs.getBigDecimal(5), rs.getString(6),
					new Money(rs.getBigDecimal(7), rs.getString(8))))
			.list();
		return jdbc.sql("select market, address ->> 'city', kind = 'B2B' from ordering.customer_order where id = :o")
			.param("o", orderId)
			.query((rs, n) -> new OrderGoods(rs.getString(1), rs.getString(2), rs.getBoolean(3), lines))
			.single();
	}

}

package org.twinport.ordering.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.ordering.OrderGoods;
import org.twinport.shared.Money;

/**
 * Publishes the past-tense events of orders inside the caller's transaction (the outbox),
 * and reads the goods that {@link org.twinport.ordering.OrderPaid} carries.
 */
@Component
class OrderEvents {

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	OrderEvents(ApplicationEventPublisher events, JdbcClient jdbc) {
		this.events = events;
		this.jdbc = jdbc;
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

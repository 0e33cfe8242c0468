package org.twinport.ordering.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.OrderTracking;
import org.twinport.ordering.OrderView;

@Service
class JdbcOrderTracking implements OrderTracking {

	private final JdbcClient jdbc;

	private final JdbcOrders orders;

	JdbcOrderTracking(JdbcClient jdbc, JdbcOrders orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	@Override
	@Transactional
	public OrderView ship(TwinportUser actor, long orderId, String trackingNumber) {
		String tracking = trackingNumber == null ? "" : trackingNumber.strip();
		OrderView shipped = orders.ship(actor, orderId, tracking);
		jdbc.sql("""
				insert into ordering.order_tracking (order_id, tracking_number, recorded_by) values (:o, :t, :by)
				on conflict (order_id) do update set tracking_number = excluded.tracking_number""")
			.param("o", orderId)
			.param("t", tracking)
			.param("by", actor.id())
			.update();
		return shipped;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> trackingNumber(TwinportUser viewer, long orderId) {
		orders.order(viewer, orderId);
		return jdbc.sql("select tracking_number from ordering.order_tracking where order_id = :o")
			.param("o", orderId)
			.query(String.class)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Step> history(TwinportUser viewer, long orderId) {
		orders.order(viewer, orderId);
		return jdbc
			.sql("select status, occurred_at from ordering.order_history where order_id = :o order by occurred_at")
			.param("o", orderId)
			.query((rs, n) -> new Step(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
	}

}

package org.twinport.ordering.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.twinport.ordering.OrderTracking;

/**
 * The one writer of ordering.order_tracking (an order's carrier tracking number), and the
 * reader of the history {@link OrderHistory} writes.
 */
@Repository
class OrderTrackingStore {

	private final JdbcClient jdbc;

	OrderTrackingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the order's tracking number, replacing one recorded before. */
	void record(long orderId, String trackingNumber, long recordedBy) {
		jdbc.sql("""
				insert into ordering.order_tracking (order_id, tracking_number, recorded_by) values (:o, :t, :by)
				on conflict (order_id) do update set tracking_number = excluded.tracking_number""")
			.param("o", orderId)
			.param("t", trackingNumber)
			.param("by", recordedBy)
			.update();
	}

	Optional<String> trackingNumber(long orderId) {
		return jdbc.sql("select tracking_number from ordering.order_tracking where order_id = :o")
			.param("o", orderId)
			.query(String.class)
			.optional();
	}

	/** The order's states as its events were delivered, oldest first. */
	List<OrderTracking.Step> history(long orderId) {
		return jdbc
			.sql("select status, occurred_at from ordering.order_history where order_id = :o order by occurred_at")
			.param("o", orderId)
			.query((rs, n) -> new OrderTracking.Step(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
	}

}

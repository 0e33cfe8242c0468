package org.twinport.ordering.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.twinport.ordering.OrderCancelled;
import org.twinport.ordering.OrderDelivered;
import org.twinport.ordering.OrderPaid;
import org.twinport.ordering.OrderPlaced;
import org.twinport.ordering.OrderReadyForCustoms;
import org.twinport.ordering.OrderRefunded;
import org.twinport.ordering.OrderShipped;

/**
 * Each order's history, written from the events as the outbox delivers them: a listener
 * that fails is retried from event_publication, so the history catches up even after a
 * crash.
 */
@Component
class OrderHistory {

	private final JdbcClient jdbc;

	OrderHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(OrderPlaced event) {
		record(event.orderId(), "PLACED", "OrderPlaced", event.occurredAt());
	}

	@ApplicationModuleListener
	void on(OrderPaid event) {
		record(event.orderId(), "PAID", "OrderPaid", event.occurredAt());
	}

	@ApplicationModuleListener
	void on(OrderReadyForCustoms event) {
		record(event.orderId(), "READY_FOR_CUSTOMS", "OrderReadyForCustoms", event.occurredAt());
	}

	@ApplicationModuleListener
	void on(OrderShipped event) {
		record(event.orderId(), "SHIPPED", "OrderShipped", event.occurredAt());
	}

	@ApplicationModuleListener
	void on(OrderDelivered event) {
		record(event.orderId(), "DELIVERED", "OrderDelivered", event.occurredAt());
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		record(event.orderId(), "CANCELLED", "OrderCancelled", event.occurredAt());
	}

	@ApplicationModuleListener
	void on(OrderRefunded event) {
		record(event.orderId(), event.full() ? "REFUNDED" : "PARTIALLY_REFUNDED", "OrderRefunded", event.occurredAt());
	}

	private void record(long orderId, String status, String event, Instant at) {
		jdbc.sql("""
				insert into ordering.order_history (order_id, status, event, occurred_at) values (:o, :s, :e, :at)
				on conflict do nothing""")
			.param("o", orderId)
			.param("s", status)
			.param("e", event)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}

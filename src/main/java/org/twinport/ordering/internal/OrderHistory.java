package org.twinport.ordering.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;
import org.twinport.ordering.OrderCancelled;
import org.twinport.ordering.OrderDelivered;
import org.twinport.ordering.OrderPaid;
import org.twinport.ordering.OrderPlaced;
import org.twinport.ordering.OrderReadyForCustoms;
import org.twinport.ordering.OrderRefunded;
import org.twinport.ordering.OrderShipped;
import org.twinport.platform.GroupCommit;

/**
 * Each order's history, written from the events as the outbox delivers them: a listener
 * that fails is retried from event_publication, so the history catches up even after a
 * crash. Entries delivered at the same time are written together, in one statement (a
 * checkout batch publishes dozens of events at once); each listener returns only once its
 * entry is in the database, so a publication is never marked completed before its entry
 * is written.
 */
@Component
class OrderHistory implements DisposableBean {

	private record Entry(long orderId, String status, String event, Instant at) {
	}

	private final JdbcClient jdbc;

	private final GroupCommit<Entry, Boolean> entries;

	OrderHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.entries = new GroupCommit<>("order-history", 1, 500, Duration.ofMillis(1), this::write);
	}

	@Override
	public void destroy() {
		entries.close();
	}

	@Async
	@TransactionalEventListener
	void on(OrderPlaced event) {
		record(event.orderId(), "PLACED", "OrderPlaced", event.occurredAt());
	}

	@Async
	@TransactionalEventListener
	void on(OrderPaid event) {
		record(event.orderId(), "PAID", "OrderPaid", event.occurredAt());
	}

	@Async
	@TransactionalEventListener
	void on(OrderReadyForCustoms event) {
		record(event.orderId(), "READY_FOR_CUSTOMS", "OrderReadyForCustoms", event.occurredAt());
	}

	@Async
	@TransactionalEventListener
	void on(OrderShipped event) {
		record(event.orderId(), "SHIPPED", "OrderShipped", event.occurredAt());
	}

	@Async
	@TransactionalEventListener
	void on(OrderDelivered event) {
		record(event.orderId(), "DELIVERED", "OrderDelivered", event.occurredAt());
	}

	@Async
	@TransactionalEventListener
	void on(OrderCancelled event) {
		record(event.orderId(), "CANCELLED", "OrderCancelled", event.occurredAt());
	}

	@Async
	@TransactionalEventListener
	void on(OrderRefunded event) {
		record(event.orderId(), event.full() ? "REFUNDED" : "PARTIALLY_REFUNDED", "OrderRefunded", event.occurredAt());
	}

	private void record(long orderId, String status, String event, Instant at) {
		entries.submit(new Entry(orderId, status, event, at));
	}

	/** Outside any transaction: the one statement commits on its own. */
	private List<Boolean> write(List<Entry> batch) {
		jdbc.sql("""
				insert into ordering.order_history (order_id, status, event, occurred_at)
				select * from unnest(cast(:orders as bigint[]), cast(:statuses as text[]), cast(:events as text[]),
				  cast(:times as timestamptz[]))
				on conflict do nothing""")
			.param("orders", batch.stream().map(Entry::orderId).toArray(Long[]::new))
			.param("statuses", batch.stream().map(Entry::status).toArray(String[]::new))
			.param("events", batch.stream().map(Entry::event).toArray(String[]::new))
			.param("times", batch.stream().map(e -> e.at().toString()).toArray(String[]::new))
			.update();
		return Collections.nCopies(batch.size(), Boolean.TRUE);
	}

}

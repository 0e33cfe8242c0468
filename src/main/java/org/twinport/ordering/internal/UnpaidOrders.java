package org.twinport.ordering.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cancels orders whose payment did not come in time, which gives their reserved stock
 * back.
 */
@Component
class UnpaidOrders {

	private static final Logger log = LoggerFactory.getLogger(UnpaidOrders.class);

	private final JdbcClient jdbc;

	private final OrderService orders;

	UnpaidOrders(JdbcClient jdbc, OrderService orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	@Scheduled(fixedDelayString = "${twinport.ordering.timeout-sweep:PT1M}", initialDelayString = "PT1M")
	void sweep() {
		int cancelled = cancelOverdue();
		if (cancelled > 0) {
			log.info("Cancelled {} orders not paid in time", cancelled);
		}
	}

	/**
	 * One short transaction per order, so the sweep never holds many stock rows at once.
	 */
	int cancelOverdue() {
		List<Long> due = jdbc.sql("""
				select id from ordering.customer_order where status = 'PLACED' and payment_due_at < now()
				order by id limit 500""").query(Long.class).list();
		int cancelled = 0;
		for (long id : due) {
			if (orders.cancelUnpaid(id)) {
				cancelled++;
			}
		}
		return cancelled;
	}

}

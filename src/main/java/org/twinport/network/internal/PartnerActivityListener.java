package org.twinport.network.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.network.PartnerActivityChanged;

/**
 * Keeps {@code network.partner_activity} in step with the exchanges, from which each partnership's last-activity date
 * is derived. It runs inside the publisher's transaction, so the date never lags behind the exchange that set it.
 */
@Component
class PartnerActivityListener {

	private final JdbcClient jdbc;

	private final FiguresCache figures;

	PartnerActivityListener(JdbcClient jdbc, FiguresCache figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	@EventListener
	void on(PartnerActivityChanged event) {
		jdbc.sql("delete from network.partner_activity where exchange_id = :id").param("id", event.activityId()).update();
		for (Long place : event.placeIds()) {
			jdbc.sql("insert into network.partner_activity (exchange_id, place_id, occurred_on) values (:id, :place, :on)")
				.param("id", event.activityId())
				.param("place", place)
				.param("on", event.occurredOn())
				.update();
		}
		figures.clear();
	}

}

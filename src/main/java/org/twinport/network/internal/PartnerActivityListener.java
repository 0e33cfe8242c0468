package org.twinport.network.internal;

import java.util.HashSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.network.PartnerActivityChanged;

/**
 * Keeps {@code network.partner_activity} in step with the exchanges, and each
 * partnership's last-activity date (materialised on the partnership for the directory) in
 * step with that. It runs inside the publisher's transaction, so the date never lags
 * behind the exchange that set it.
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
		// The places the exchange no longer involves need their dates recomputed as much
		// as the new ones.
		Set<Long> affected = new HashSet<>(event.placeIds());
		affected.addAll(jdbc.sql("select place_id from network.partner_activity where exchange_id = :id")
			.param("id", event.activityId())
			.query(Long.class)
			.list());
		jdbc.sql("delete from network.partner_activity where exchange_id = :id")
			.param("id", event.activityId())
			.update();
		for (Long place : event.placeIds()) {
			jdbc.sql(
					"insert into network.partner_activity (exchange_id, place_id, occurred_on) values (:id, :place, :on)")
				.param("id", event.activityId())
				.param("place", place)
				.param("on", event.occurredOn())
				.update();
		}
		refreshLastActivity(affected);
		figures.clear();
	}

	private void refreshLastActivity(Set<Long> places) {
		if (places.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update network.partnership s set
				  last_activity_on = (select max(a.occurred_on) from network.partner_activity a
				                      where a.place_id = s.partner_place_id and a.occurred_on <= current_date),
				  next_activity_on = (select min(a.occurred_on) from network.partner_activity a
				                      where a.place_id = s.partner_place_id and a.occurred_on > current_date)
				where s.partner_place_id = any(:places)
				""").param("places", places.toArray(Long[]::new)).update();
	}

}

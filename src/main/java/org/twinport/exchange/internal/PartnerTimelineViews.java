package org.twinport.exchange.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.twinport.exchange.PartnerTimeline;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkLookup;
import org.twinport.network.PartialDate;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/** Reads one partner's exchanges, donations and milestones, newest first; writes nothing. */
@Service
class PartnerTimelineViews implements PartnerTimeline {

	private final JdbcClient jdbc;

	private final NetworkLookup network;

	PartnerTimelineViews(JdbcClient jdbc, NetworkLookup network) {
		this.jdbc = jdbc;
		this.network = network;
	}

	@Override
	public Timeline timeline(String placeCode, TwinportUser reader, String lang, int limit) {
		var place = network.place(placeCode, lang)
			.orElseThrow(() -> new NotFoundException(Reason.of("exchange.problem.noPlace", placeCode)));
		String language = lang == null || lang.length() < 2 ? "en" : lang.substring(0, 2).toLowerCase();
		Map<String, Object> params = ExchangeReader.readerParams(reader);
		params.put("place", place.id());
		params.put("lang", language);
		params.put("limit", limit);
		List<Entry> entries = new ArrayList<>();
		jdbc.sql(
				"""
						select e.id, coalesce(e.title ->> :lang, e.title ->> 'en') as title, e.start_local, e.start_precision, e.kind,
						       e.summary
						from exchange.participant pa join exchange.exchange e on e.id = pa.exchange_id
						where pa.place_id = :place and not e.archived and
						"""
						+ ExchangeReader.VISIBLE + " order by e.starts_at desc limit :limit")
			.params(params)
			.query((rs,
					n) -> entries.add(new Entry("EXCHANGE", rs.getLong("id"),
							LocalStart.format(rs.getObject("start_local", LocalDateTime.class),
									rs.getString("start_precision")),
							rs.getString("title"), rs.getString("kind"), rs.getString("summary"))))
			.list();
		jdbc.sql(
				"""
						select d.id, d.direction, d.status, coalesce(d.delivered_on, d.shipped_on, d.pledged_on) as on_date,
						       (select string_agg(i.item, ', ' order by i.id) from exchange.donation_item i where i.donation_id = d.id) as items,
						       d.notes
						from exchange.donation d
						where (d.donor_place_id = :place or d.recipient_place_id = :place) and not d.archived and
						"""
						+ DonationManagementService.VISIBLE + " order by on_date desc nulls last limit :limit")
			.params(params)
			.query((rs, n) -> {
				LocalDate on = rs.getObject("on_date", LocalDate.class);
				return entries.add(new Entry("DONATION", rs.getLong("id"), on == null ? null : on.toString(),
						rs.getString("items"), rs.getString("direction"), rs.getString("notes")));
			})
			.list();
		jdbc.sql("""
				select m.id, m.occurred_on, m.precision, m.description, s.status,
				       coalesce(s.names ->> :lang, s.names ->> 'en') as sub_name
				from exchange.sub_project s join exchange.project p on p.id = s.project_id
				join exchange.milestone m on m.sub_project_id = s.id
				where s.partner_place_id = :place and not p.archived and (p.public or :staff)
				order by m.occurred_on desc nulls last limit :limit
				""").params(params).query((rs, n) -> {
			LocalDate on = rs.getObject("occurred_on", LocalDate.class);
			String date = on == null ? null
					: new PartialDate(on, PartialDate.Precision.valueOf(rs.getString("precision"))).iso();
			return entries.add(new Entry("MILESTONE", rs.getLong("id"), date, rs.getString("sub_name"),
					rs.getString("status"), rs.getString("description")));
		}).list();
		entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder())));
		return new Timeline(place.code(), place.name(), place.timeZone(),
				entries.size() > limit ? entries.subList(0, limit) : entries);
	}

}

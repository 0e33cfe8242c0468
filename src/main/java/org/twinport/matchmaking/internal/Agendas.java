package org.twinport.matchmaking.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinport.matchmaking.AgendaView;
import org.twinport.matchmaking.Outcome;
import org.twinport.matchmaking.SessionMetrics;
import org.twinport.matchmaking.SessionView;
import org.twinport.network.NetworkLookup;

/**
 * Reads a company's agenda (in its own zone and the counterpart's) and a session's
 * figures.
 */
record Agendas(JdbcClient jdbc, CompanyService companies, NetworkLookup lookup) {

	AgendaView agenda(SessionView session, long companyId, String lang) {
		CompanyService.Row me = companies.row(companyId).orElseThrow();
		record Row(long request, int slot, long counterpart, String counterpartName, long counterpartPlace, String room,
				String outcome, boolean signed) {
		}
		List<Row> rows = jdbc
			.sql("""
					select m.request_id, m.slot_idx, case when r.from_company = :c then r.to_company else r.from_company end as other,
					  c.name, c.place_id, room.name as room,
					  case when r.from_company = :c then m.outcome_from else m.outcome_to end as outcome, m.agreement_signed
					from matchmaking.meeting m join matchmaking.meeting_request r on r.id = m.request_id
					join matchmaking.company c on c.id = case when r.from_company = :c then r.to_company else r.from_company end
					join matchmaking.room room on room.id = m.room_id
					where m.session_id = :s and (r.from_company = :c or r.to_company = :c) order by m.slot_idx""")
			.param("c", companyId)
			.param("s", session.id())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					rs.getString(6), rs.getString(7), rs.getBoolean(8)))
			.list();
		List<Long> placeIds = new java.util.ArrayList<>(rows.stream().map(Row::counterpartPlace).toList());
		placeIds.add(me.placeId());
		Map<Long, NetworkLookup.PlaceRef> places = lookup.places(placeIds.stream().distinct().toList(), lang);
		String myZone = zone(places, me.placeId(), session.timeZone());
		Map<Integer, SessionView.Slot> slots = new HashMap<>();
		session.slots().forEach(slot -> slots.put(slot.index(), slot));
		List<AgendaView.Item> items = rows.stream().map(row -> {
			SessionView.Slot slot = slots.get(row.slot());
			String theirZone = zone(places, row.counterpartPlace(), session.timeZone());
			return new AgendaView.Item(row.request(), row.slot(), slot.startsAt(), slot.endsAt(),
					LocalTimes.format(slot.startsAt(), myZone, null), LocalTimes.format(slot.endsAt(), myZone, null),
					row.counterpart(), row.counterpartName(), theirZone,
					LocalTimes.format(slot.startsAt(), theirZone, null), row.room(),
					row.outcome() == null ? null : Outcome.valueOf(row.outcome()), row.signed());
		}).toList();
		return new AgendaView(session.id(), session.name(), companyId, me.name(), myZone, items);
	}

	SessionMetrics metrics(long sessionId) {
		return jdbc.sql("""
				select count(*) as sent,
				  count(*) filter (where status = 'ACCEPTED') as accepted,
				  count(*) filter (where status = 'DECLINED') as declined,
				  count(*) filter (where status = 'CANCELLED') as cancelled,
				  (select count(*) from matchmaking.meeting m where m.session_id = :s) as scheduled,
				  (select count(*) from matchmaking.meeting m where m.session_id = :s
				     and (m.outcome_from in ('HELD', 'FOLLOW_UP') or m.outcome_to in ('HELD', 'FOLLOW_UP'))
				     and 'NO_SHOW' not in (coalesce(m.outcome_from, ''), coalesce(m.outcome_to, ''))) as held,
				  (select count(*) from matchmaking.meeting m where m.session_id = :s
				     and 'NO_SHOW' in (coalesce(m.outcome_from, ''), coalesce(m.outcome_to, ''))) as no_shows,
				  (select count(*) from matchmaking.meeting m where m.session_id = :s
				     and (m.outcome_from is not null or m.outcome_to is not null)) as with_outcome,
				  (select count(*) from matchmaking.meeting m where m.session_id = :s
				     and 'FOLLOW_UP' in (coalesce(m.outcome_from, ''), coalesce(m.outcome_to, ''))) as follow_ups,
				  (select count(*) from matchmaking.meeting m where m.session_id = :s and m.agreement_signed) as signed
				from matchmaking.meeting_request where session_id = :s""").param("s", sessionId).query((rs, n) -> {
			long withOutcome = rs.getLong("with_outcome");
			return new SessionMetrics(rs.getLong("sent"), rs.getLong("accepted"), rs.getLong("declined"),
					rs.getLong("cancelled"), rs.getLong("scheduled"), rs.getLong("held"), rs.getLong("no_shows"),
					withOutcome == 0 ? null : (double) rs.getLong("no_shows") / withOutcome, rs.getLong("follow_ups"),
					rs.getLong("signed"));
		}).single();
	}

	private static String zone(Map<Long, NetworkLookup.PlaceRef> places, long placeId, String fallback) {
		NetworkLookup.PlaceRef place = places.get(placeId);
		return place == null || place.timeZone() == null ? fallback : place.timeZone();
	}

}

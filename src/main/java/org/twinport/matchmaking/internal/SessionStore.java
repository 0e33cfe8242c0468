package org.twinport.matchmaking.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.ExchangeView;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.RequestMode;
import org.twinport.matchmaking.SessionDraft;
import org.twinport.matchmaking.SessionView;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.Reason;

/** Sessions with their slots and rooms; their participants are {@link ParticipantStore}. */
@Component
public class SessionStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ExchangeManagement exchanges;

	SessionStore(JdbcClient jdbc, JsonMapper json, ExchangeManagement exchanges) {
		this.jdbc = jdbc;
		this.json = json;
		this.exchanges = exchanges;
	}

	long create(@Nullable SessionDraft d, TwinportUser admin, String lang, boolean demo) {
		if (d == null || d.exchangeId() == null) {
			throw new InvalidInputException("exchangeId", Reason.of("problem.required"));
		}
		ExchangeView exchange;
		try {
			exchange = exchanges.exchange(d.exchangeId(), admin, lang);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("exchangeId", Reason.of("matchmaking.problem.notExchange"));
		}
		if (d.name() == null || d.name().isBlank() || d.name().length() > 200) {
			throw new InvalidInputException("name", Reason.of("matchmaking.problem.requiredUpTo", "200"));
		}
		ZoneId zone = zone(d.timeZone() == null ? exchange.timeZone() : d.timeZone());
		int slot = range(d.slotMinutes(), "slotMinutes", 5, 240, 20);
		int pause = range(d.breakMinutes(), "breakMinutes", 0, 240, 5);
		int max = range(d.maxMeetingsPerParticipant(), "maxMeetingsPerParticipant", 1, 100, 12);
		if (d.days() == null || d.days().isEmpty() || d.days().size() > 14) {
			throw new InvalidInputException("days", Reason.of("matchmaking.problem.days"));
		}
		if (d.rooms() == null || d.rooms().isEmpty() || d.rooms().size() > 500) {
			throw new InvalidInputException("rooms", Reason.of("matchmaking.problem.rooms"));
		}
		long id = jdbc
			.sql("""
					insert into matchmaking.session (exchange_id, name, time_zone, slot_minutes, break_minutes, request_mode,
					  max_meetings, days, demo)
					values (:exchange, :name, :zone, :slot, :pause, :mode, :max, cast(:days as jsonb), :demo) returning id""")
			.param("exchange", exchange.id())
			.param("name", d.name().strip())
			.param("zone", zone.getId())
			.param("slot", slot)
			.param("pause", pause)
			.param("mode", (d.requestMode() == null ? RequestMode.APPROVAL : d.requestMode()).name())
			.param("max", max)
			.param("days", json.writeValueAsString(d.days()))
			.param("demo", demo)
			.query(Long.class)
			.single();
		slots(id, d, zone, slot, pause);
		rooms(id, d);
		return id;
	}

	/**
	 * Changes a session's settings. Name, request mode, the meeting limit and the rooms
	 * may change at any time (a room that holds meetings cannot go); the days, slot
	 * length, break and zone only while no meeting is placed, as the slots are cut anew.
	 */
	void update(long id, @Nullable SessionDraft d, String lang) {
		SessionView current = view(id, lang);
		if (d == null) {
			throw new InvalidInputException("session", Reason.of("problem.required"));
		}
		if (d.name() == null || d.name().isBlank() || d.name().length() > 200) {
			throw new InvalidInputException("name", Reason.of("matchmaking.problem.requiredUpTo", "200"));
		}
		ZoneId zone = zone(d.timeZone() == null ? current.timeZone() : d.timeZone());
		int slot = range(d.slotMinutes(), "slotMinutes", 5, 240, current.slotMinutes());
		int pause = range(d.breakMinutes(), "breakMinutes", 0, 240, current.breakMinutes());
		int max = range(d.maxMeetingsPerParticipant(), "maxMeetingsPerParticipant", 1, 100,
				current.maxMeetingsPerParticipant());
		if (d.rooms() == null || d.rooms().isEmpty() || d.rooms().size() > 500) {
			throw new InvalidInputException("rooms", Reason.of("matchmaking.problem.rooms"));
		}
		boolean placed = jdbc.sql("select count(*) from matchmaking.meeting where session_id = :s")
			.param("s", id)
			.query(Long.class)
			.single() > 0;
		boolean reslot = d.days() != null || slot != current.slotMinutes() || pause != current.breakMinutes()
				|| !zone.getId().equals(current.timeZone());
		if (reslot && placed) {
			throw new StateConflictException(
					Reason.of("matchmaking.problem.slotsFixed"));
		}
		jdbc.sql(
				"""
						update matchmaking.session set name = :name, time_zone = :zone, slot_minutes = :slot, break_minutes = :pause,
						  request_mode = :mode, max_meetings = :max, days = coalesce(cast(:days as jsonb), days) where id = :id""")
			.param("name", d.name().strip())
			.param("zone", zone.getId())
			.param("slot", slot)
			.param("pause", pause)
			.param("mode", (d.requestMode() == null ? current.requestMode() : d.requestMode()).name())
			.param("max", max)
			.param("days", d.days() == null ? null : json.writeValueAsString(d.days()))
			.param("id", id)
			.update();
		if (reslot) {
			List<SessionDraft.Day> days = d.days() != null ? d.days()
					: json.readValue(jdbc.sql("select days::text from matchmaking.session where id = :id")
						.param("id", id)
						.query(String.class)
						.single(), new TypeReference<List<SessionDraft.Day>>() {
						});
			if (days.isEmpty() || days.size() > 14) {
				throw new InvalidInputException("days", Reason.of("matchmaking.problem.days"));
			}
			jdbc.sql("delete from matchmaking.slot where session_id = :s").param("s", id).update();
			slots(id, new SessionDraft(null, null, null, days, slot, pause, null, null, null), zone, slot, pause);
		}
		List<String> names = d.rooms()
			.stream()
			.map(r -> r == null || r.name() == null ? "" : r.name().strip())
			.toList();
		int kept = jdbc.sql("""
				select count(*) from matchmaking.room r where r.session_id = :s and r.name <> all(:names)
				  and exists (select 1 from matchmaking.meeting m where m.room_id = r.id)""")
			.param("s", id)
			.param("names", names.toArray(String[]::new))
			.query(Integer.class)
			.single();
		if (kept > 0) {
			throw new StateConflictException(Reason.of("matchmaking.problem.roomHoldsMeetings"));
		}
		jdbc.sql("delete from matchmaking.room where session_id = :s and name <> all(:names)")
			.param("s", id)
			.param("names", names.toArray(String[]::new))
			.update();
		rooms(id, d);
	}

	private void slots(long id, SessionDraft d, ZoneId zone, int slot, int pause) {
		int index = 0;
		Set<java.time.LocalDate> seen = new HashSet<>();
		for (int day = 0; day < d.days().size(); day++) {
			SessionDraft.Day window = d.days().get(day);
			String field = "days[" + day + "]";
			if (window == null || window.date() == null || window.start() == null || window.end() == null) {
				throw new InvalidInputException(field, Reason.of("matchmaking.problem.dayParts"));
			}
			if (!window.end().isAfter(window.start())) {
				throw new InvalidInputException(field + ".end", Reason.of("matchmaking.problem.afterStart"));
			}
			if (!seen.add(window.date())) {
				throw new InvalidInputException(field + ".date", Reason.of("matchmaking.problem.listedTwice"));
			}
			LocalDateTime at = window.date().atTime(window.start());
			LocalDateTime end = window.date().atTime(window.end());
			while (!at.plusMinutes(slot).isAfter(end)) {
				jdbc.sql(
						"insert into matchmaking.slot (session_id, idx, day, starts_at, ends_at) values (:s, :i, :d, :a, :b)")
					.param("s", id)
					.param("i", index++)
					.param("d", day)
					.param("a", java.sql.Timestamp.from(ZonedDateTime.of(at, zone).toInstant()))
					.param("b", java.sql.Timestamp.from(ZonedDateTime.of(at.plusMinutes(slot), zone).toInstant()))
					.update();
				at = at.plusMinutes(slot + pause);
			}
		}
		if (index == 0) {
			throw new InvalidInputException("slotMinutes", Reason.of("matchmaking.problem.noSlot"));
		}
	}

	/** Adds the rooms, or sets the capacity of those that exist by name. */
	private void rooms(long id, SessionDraft d) {
		for (int i = 0; i < d.rooms().size(); i++) {
			SessionDraft.RoomDraft room = d.rooms().get(i);
			if (room == null || room.name() == null || room.name().isBlank() || room.name().length() > 100) {
				throw new InvalidInputException("rooms[" + i + "].name", Reason.of("matchmaking.problem.requiredUpTo", "100"));
			}
			int capacity = range(room.capacity(), "rooms[" + i + "].capacity", 1, 1000, 1);
			jdbc.sql(
					"insert into matchmaking.room (session_id, name, capacity) values (:s, :n, :c) on conflict (session_id, name) do update set capacity = excluded.capacity")
				.param("s", id)
				.param("n", room.name().strip())
				.param("c", capacity)
				.update();
		}
	}

	List<Long> ids() {
		return jdbc.sql("select id from matchmaking.session order by id desc").query(Long.class).list();
	}

	SessionView view(long id, String lang) {
		record Head(long exchangeId, String name, String zone, int slot, int pause, String mode, int max) {
		}
		Head head = jdbc.sql("select * from matchmaking.session where id = :id")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getLong("exchange_id"), rs.getString("name"), rs.getString("time_zone"),
					rs.getInt("slot_minutes"), rs.getInt("break_minutes"), rs.getString("request_mode"),
					rs.getInt("max_meetings")))
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noSession")));
		String title;
		try {
			title = exchanges.exchange(head.exchangeId(), null, lang).title();
		}
		catch (NotFoundException ex) {
			title = null;
		}
		ZoneId zone = ZoneId.of(head.zone());
		List<SessionView.Room> rooms = jdbc
			.sql("select id, name, capacity from matchmaking.room where session_id = :s order by id")
			.param("s", id)
			.query((rs, n) -> new SessionView.Room(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
		List<SessionView.Slot> slots = jdbc
			.sql("select idx, day, starts_at, ends_at from matchmaking.slot where session_id = :s order by idx")
			.param("s", id)
			.query((rs, n) -> {
				var start = rs.getTimestamp(3).toInstant();
				return new SessionView.Slot(rs.getInt(1), rs.getInt(2), start, rs.getTimestamp(4).toInstant(),
						LocalTimes.format(start, zone));
			})
			.list();
		return new SessionView(id, head.exchangeId(), title, head.name(), head.zone(), head.slot(), head.pause(),
				RequestMode.valueOf(head.mode()), head.max(), rooms, slots);
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException | NullPointerException ex) {
			throw new InvalidInputException("timeZone", Reason.of("matchmaking.problem.timeZone"));
		}
	}

	private static int range(@Nullable Integer value, String field, int min, int max, int fallback) {
		int v = value == null ? fallback : value;
		if (v < min || v > max) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.between", String.valueOf(min), String.valueOf(max)));
		}
		return v;
	}

}

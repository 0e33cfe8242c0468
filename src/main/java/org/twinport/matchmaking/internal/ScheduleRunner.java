package org.twinport.matchmaking.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.matchmaking.ScheduleReport;
import org.twinport.matchmaking.SessionView;
import org.twinport.matchmaking.Window;
import org.twinport.matchmaking.scheduling.CpSatScheduler;
import org.twinport.matchmaking.scheduling.GreedyScheduler;
import org.twinport.matchmaking.scheduling.Problem;
import org.twinport.matchmaking.scheduling.Solution;
import org.twinport.matchmaking.scheduling.UpperBound;
import org.twinport.network.NetworkLookup;

/**
 * Turns a session's accepted requests into a {@link Problem}, solves it and writes the
 * meetings back. Rooms are interchangeable for a meeting, so the solver only counts
 * tables per slot; rooms are then handed out per slot, each meeting keeping its earlier
 * room when that room still has space.
 */
@Component
class ScheduleRunner {

	private final JdbcClient jdbc;

	private final SessionStore sessions;

	private final ParticipantStore participants;

	private final NetworkLookup lookup;

	private final MeetingStore meetings;

	private final double seconds;

	ScheduleRunner(JdbcClient jdbc, SessionStore sessions, ParticipantStore participants, NetworkLookup lookup,
			MeetingStore meetings, @Value("${twinport.matchmaking.scheduler-seconds:20}") double seconds) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.participants = participants;
		this.lookup = lookup;
		this.seconds = seconds;
	}

	@Transactional
	ScheduleReport run(long sessionId) {
		SessionView session = sessions.view(sessionId, "en");
		// One run at a time per session: a second one waits for the first and starts from
		// its result.
		jdbc.sql("select id from matchmaking.session where id = :id for update")
			.param("id", sessionId)
			.query(Long.class)
			.single();
		ZoneId zone = ZoneId.of(session.timeZone());
		List<SessionView.Slot> slots = session.slots();
		List<Object[]> participants = this.participants.availability(sessionId);
		Map<Long, WorkingHours> hours = workingHours(sessionId);
		Map<Long, Integer> index = new HashMap<>();
		long[][] available = new long[participants.size()][];
		for (Object[] row : participants) {
			int q = index.size();
			index.put((Long) row[0], q);
			@SuppressWarnings("unchecked")
			List<Window> windows = (List<Window>) row[1];
			WorkingHours working = hours.get((Long) row[0]);
			available[q] = new long[(slots.size() + 63) / 64];
			for (SessionView.Slot slot : slots) {
				LocalDateTime start = LocalDateTime.ofInstant(slot.startsAt(), zone);
				LocalDateTime end = LocalDateTime.ofInstant(slot.endsAt(), zone);
				if (Availability.covers(windows, start, end)
						&& (working == null || working.covers(slot.startsAt(), slot.endsAt()))) {
					available[q][slot.index() >>> 6] |= 1L << (slot.index() & 63);
				}
			}
		}
		record Accepted(long id, long from, long to, Integer slot, Long room) {
		}
		List<Accepted> accepted = jdbc.sql("""
				select r.id, r.from_company, r.to_company, m.slot_idx, m.room_id from matchmaking.meeting_request r
				left join matchmaking.meeting m on m.request_id = r.id
				where r.session_id = :s and r.status = 'ACCEPTED' order by r.id""")
			.param("s", sessionId)
			.query((rs, n) -> new Accepted(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Integer) rs.getObject(4),
					(Long) rs.getObject(5)))
			.list()
			.stream()
			.filter(a -> index.containsKey(a.from()) && index.containsKey(a.to()))
			.toList();
		int total = session.rooms().stream().mapToInt(SessionView.Room::capacity).sum();
		int[] capacity = new int[slots.size()];
		java.util.Arrays.fill(capacity, total);
		int[] a = new int[accepted.size()];
		int[] b = new int[accepted.size()];
		int[] current = new int[accepted.size()];
		for (int r = 0; r < accepted.size(); r++) {
			a[r] = index.get(accepted.get(r).from());
			b[r] = index.get(accepted.get(r).to());
			current[r] = accepted.get(r).slot() == null ? -1 : accepted.get(r).slot();
		}
		int[] slotDay = slots.stream().mapToInt(SessionView.Slot::day).toArray();
		Problem problem = new Problem(participants.size(), slotDay, capacity, available,
				session.maxMeetingsPerParticipant(), a, b, current);
		Solution greedy = GreedyScheduler.solve(problem);
		Solution solved = CpSatScheduler.solve(problem, seconds, 2);
		Map<Integer, Map<Long, Integer>> used = new HashMap<>();
		List<MeetingStore.Placed> placed = new ArrayList<>();
		for (int r = 0; r < accepted.size(); r++) {
			int slot = solved.slotOf()[r];
			if (slot < 0) {
				continue;
			}
			Map<Long, Integer> rooms = used.computeIfAbsent(slot, k -> new HashMap<>());
			Long room = pickRoom(session.rooms(), rooms, current[r] == slot ? accepted.get(r).room() : null);
			rooms.merge(room, 1, Integer::sum);
			placed.add(new MeetingStore.Placed(accepted.get(r).id(), slot, room));
		}
		meetings.replaceSchedule(sessionId, placed);
		ScheduleReport report = new ScheduleReport(accepted.size(), solved.placed(), accepted.size() - solved.placed(),
				solved.moved(), UpperBound.of(problem), greedy.placed(), solved.gaps(), solved.status(),
				solved.millis());
		keep(sessionId, report);
		return report;
	}

	private void keep(long sessionId, ScheduleReport report) {
		jdbc.sql("""
				insert into matchmaking.schedule_report (session_id, accepted, placed, unplaced, moved, upper_bound,
				  greedy_placed, idle_gaps, solver, millis, ran_at)
				values (:s, :accepted, :placed, :unplaced, :moved, :bound, :greedy, :gaps, :solver, :millis, now())
				on conflict (session_id) do update set accepted = excluded.accepted, placed = excluded.placed,
				  unplaced = excluded.unplaced, moved = excluded.moved, upper_bound = excluded.upper_bound,
				  greedy_placed = excluded.greedy_placed, idle_gaps = excluded.idle_gaps, solver = excluded.solver,
				  millis = excluded.millis, ran_at = excluded.ran_at""")
			.param("s", sessionId)
			.param("accepted", report.accepted())
			.param("placed", report.placed())
			.param("unplaced", report.unplaced())
			.param("moved", report.moved())
			.param("bound", report.upperBound())
			.param("greedy", report.greedyPlaced())
			.param("gaps", report.idleGaps())
			.param("solver", report.solver())
			.param("millis", report.millis())
			.update();
	}

	/** Each participant's working hours in its place's zone. */
	private Map<Long, WorkingHours> workingHours(long sessionId) {
		record Row(long company, long place, java.time.LocalTime starts, java.time.LocalTime ends) {
		}
		List<Row> rows = jdbc.sql("""
				select c.id, c.place_id, c.work_starts, c.work_ends from matchmaking.company c
				join matchmaking.participant p on p.company_id = c.id where p.session_id = :s""")
			.param("s", sessionId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, java.time.LocalTime.class),
					rs.getObject(4, java.time.LocalTime.class)))
			.list();
		Map<Long, NetworkLookup.PlaceRef> places = lookup.places(rows.stream().map(Row::place).distinct().toList(),
				"en");
		Map<Long, WorkingHours> hours = new HashMap<>();
		for (Row row : rows) {
			NetworkLookup.PlaceRef place = places.get(row.place());
			ZoneId zone = place == null || place.timeZone() == null ? null : ZoneId.of(place.timeZone());
			hours.put(row.company(), new WorkingHours(zone, row.starts(), row.ends()));
		}
		return hours;
	}

	private static Long pickRoom(List<SessionView.Room> rooms, Map<Long, Integer> used, @Nullable Long previous) {
		List<SessionView.Room> order = new ArrayList<>(rooms);
		if (previous != null) {
			long keep = previous;
			order.sort((x, y) -> Boolean.compare(x.id() != keep, y.id() != keep));
		}
		for (SessionView.Room room : order) {
			if (used.getOrDefault(room.id(), 0) < room.capacity()) {
				return room.id();
			}
		}
		throw new IllegalStateException("The solver used more tables than the session has");
	}

}

package org.twinport.matchmaking.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.ExchangeView;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.ParticipantView;
import org.twinport.matchmaking.ScheduleReport;
import org.twinport.matchmaking.SessionDraft;
import org.twinport.matchmaking.SessionMetrics;
import org.twinport.matchmaking.SessionOffice;
import org.twinport.matchmaking.SessionView;
import org.twinport.matchmaking.Suggestions;
import org.twinport.matchmaking.Window;
import org.twinport.network.NetworkLookup;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Service
class OfficeSessions implements SessionOffice {

	private final JdbcClient jdbc;

	private final SessionStore sessions;

	private final ParticipantStore participants;

	private final MeetingService meetings;

	private final CompanyService companies;

	private final Suggestions suggestions;

	private final ExchangeManagement exchanges;

	private final NetworkLookup lookup;

	OfficeSessions(JdbcClient jdbc, SessionStore sessions, ParticipantStore participants, MeetingService meetings,
			CompanyService companies, Suggestions suggestions, ExchangeManagement exchanges, NetworkLookup lookup) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.participants = participants;
		this.meetings = meetings;
		this.companies = companies;
		this.suggestions = suggestions;
		this.exchanges = exchanges;
		this.lookup = lookup;
	}

	@Override
	public List<SessionView> managed(TwinportUser office, String lang) {
		requireOffice(office);
		return meetings.sessions(lang).stream().filter(s -> manages(office, s.exchangeId())).toList();
	}

	@Override
	@Transactional
	public SessionView create(TwinportUser office, SessionDraft draft, String lang) {
		requireOffice(office);
		if (draft != null && draft.exchangeId() != null && !manages(office, draft.exchangeId())) {
			throw new InvalidInputException("exchangeId", Reason.of("matchmaking.problem.notYourExchange"));
		}
		return meetings.create(draft, office, lang);
	}

	@Override
	@Transactional
	public SessionView update(TwinportUser office, long sessionId, SessionDraft draft, String lang) {
		managedSession(office, sessionId);
		sessions.update(sessionId, draft, lang);
		return sessions.view(sessionId, lang);
	}

	@Override
	@Transactional
	public ParticipantView enrol(TwinportUser office, long sessionId, long companyId, List<Window> availability) {
		managedSession(office, sessionId);
		companies.row(companyId).orElseThrow(() -> new InvalidInputException("companyId", Reason.of("matchmaking.problem.notCompany")));
		participants.join(sessionId, companyId, Availability.merged(availability));
		return meetings.participants(sessionId)
			.stream()
			.filter(p -> p.companyId() == companyId)
			.findFirst()
			.orElseThrow();
	}

	@Override
	public ScheduleReport schedule(TwinportUser office, long sessionId) {
		managedSession(office, sessionId);
		return meetings.schedule(sessionId);
	}

	@Override
	public java.util.Optional<ScheduleReport> lastReport(TwinportUser office, long sessionId) {
		managedSession(office, sessionId);
		return jdbc.sql("""
				select accepted, placed, unplaced, moved, upper_bound, greedy_placed, idle_gaps, solver, millis
				from matchmaking.schedule_report where session_id = :s""")
			.param("s", sessionId)
			.query((rs, n) -> new ScheduleReport(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
					rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getLong(9)))
			.optional();
	}

	@Override
	public List<org.twinport.matchmaking.PlacedMeeting> placedMeetings(TwinportUser office, long sessionId) {
		SessionView session = managedSession(office, sessionId);
		java.util.Map<Integer, String> local = new java.util.HashMap<>();
		session.slots().forEach(slot -> local.put(slot.index(), slot.local()));
		return jdbc.sql("""
				select m.request_id, m.slot_idx, ro.name as room, r.from_company, cf.name as from_name,
				       r.to_company, ct.name as to_name
				from matchmaking.meeting m join matchmaking.meeting_request r on r.id = m.request_id
				join matchmaking.room ro on ro.id = m.room_id
				join matchmaking.company cf on cf.id = r.from_company join matchmaking.company ct on ct.id = r.to_company
				where m.session_id = :s order by m.slot_idx, ro.name, m.request_id""")
			.param("s", sessionId)
			.query((rs, n) -> new org.twinport.matchmaking.PlacedMeeting(rs.getLong("request_id"), rs.getInt("slot_idx"),
					local.get(rs.getInt("slot_idx")), rs.getString("room"), rs.getLong("from_company"),
					rs.getString("from_name"), rs.getLong("to_company"), rs.getString("to_name")))
			.list();
	}

	@Override
	public SessionMetrics metrics(TwinportUser office, long sessionId) {
		managedSession(office, sessionId);
		return meetings.metrics(sessionId);
	}

	@Override
	public void block(TwinportUser office, long companyA, long companyB) {
		requirePairOfOffice(office, companyA, companyB);
		suggestions.block(companyA, companyB);
	}

	@Override
	public void unblock(TwinportUser office, long companyA, long companyB) {
		requirePairOfOffice(office, companyA, companyB);
		suggestions.unblock(companyA, companyB);
	}

	@Override
	public List<BlockedPair> blockedPairs(TwinportUser office) {
		requireOffice(office);
		return jdbc.sql("""
				select b.company_a, a.name, b.company_b, c.name from matchmaking.blocked_pair b
				join matchmaking.company a on a.id = b.company_a join matchmaking.company c on c.id = b.company_b
				where :admin or a.place_id = :place or c.place_id = :place order by b.blocked_at desc limit 500""")
			.param("admin", office.is(Role.ADMIN))
			.param("place", office.partnerPlaceId() == null ? -1 : office.partnerPlaceId())
			.query((rs, n) -> new BlockedPair(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.list();
	}

	private void requirePairOfOffice(TwinportUser office, long a, long b) {
		requireOffice(office);
		if (office.is(Role.ADMIN)) {
			return;
		}
		long place = office.partnerPlaceId();
		boolean ours = companies.row(a).map(r -> r.placeId() == place).orElse(false)
				|| companies.row(b).map(r -> r.placeId() == place).orElse(false);
		if (!ours) {
			throw new InvalidInputException("companyA", Reason.of("matchmaking.problem.notYourPlace"));
		}
	}

	private SessionView managedSession(TwinportUser office, long sessionId) {
		requireOffice(office);
		SessionView session = sessions.view(sessionId, "en");
		if (!manages(office, session.exchangeId())) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noManagedSession", String.valueOf(sessionId)));
		}
		return session;
	}

	private static void requireOffice(TwinportUser user) {
		if (user == null || !(user.is(Role.ADMIN) || user.is(Role.PARTNER_OFFICE) && user.partnerPlaceId() != null)) {
			throw new AccessDeniedException("Sessions are managed by the offices");
		}
	}

	/**
	 * ADMIN manages every exchange's sessions; a partner office those of exchanges its
	 * place takes part in.
	 */
	private boolean manages(TwinportUser office, long exchangeId) {
		if (office.is(Role.ADMIN)) {
			return true;
		}
		NetworkLookup.PlaceRef place = lookup.places(List.of(office.partnerPlaceId()), "en")
			.get(office.partnerPlaceId());
		if (place == null) {
			return false;
		}
		ExchangeView exchange;
		try {
			exchange = exchanges.exchange(exchangeId, office, "en");
		}
		catch (NotFoundException ex) {
			return false;
		}
		return exchange.participants()
			.stream()
			.anyMatch(p -> "PLACE".equals(p.type()) && place.code().equals(p.code()));
	}

}

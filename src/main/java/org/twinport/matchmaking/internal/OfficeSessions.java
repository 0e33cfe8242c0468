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

@Service
class OfficeSessions implements SessionOffice {

	private final JdbcClient jdbc;

	private final SessionStore sessions;

	private final JdbcMeetings meetings;

	private final JdbcCompanies companies;

	private final Suggestions suggestions;

	private final ExchangeManagement exchanges;

	private final NetworkLookup lookup;

	OfficeSessions(JdbcClient jdbc, SessionStore sessions, JdbcMeetings meetings, JdbcCompanies companies,
			Suggestions suggestions, ExchangeManagement exchanges, NetworkLookup lookup) {
		this.jdbc = jdbc;
		this.sessions = sessions;
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
			throw new InvalidInputException("exchangeId", "is not an exchange your place takes part in");
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
		companies.row(companyId).orElseThrow(() -> new InvalidInputException("companyId", "is not a company"));
		sessions.join(sessionId, companyId, Availability.merged(availability));
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
			throw new InvalidInputException("companyA", "neither company is based in your place");
		}
	}

	private SessionView managedSession(TwinportUser office, long sessionId) {
		requireOffice(office);
		SessionView session = sessions.view(sessionId, "en");
		if (!manages(office, session.exchangeId())) {
			throw new NotFoundException("No session " + sessionId + " that you manage");
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

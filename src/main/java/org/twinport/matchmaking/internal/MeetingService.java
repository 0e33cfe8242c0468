package org.twinport.matchmaking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.AgendaView;
import org.twinport.matchmaking.MeetingRequestView;
import org.twinport.matchmaking.Meetings;
import org.twinport.matchmaking.Outcome;
import org.twinport.matchmaking.ParticipantView;
import org.twinport.matchmaking.RequestMode;
import org.twinport.matchmaking.RequestStatus;
import org.twinport.matchmaking.ScheduleReport;
import org.twinport.matchmaking.SessionMetrics;
import org.twinport.matchmaking.SessionView;
import org.twinport.matchmaking.Window;
import org.twinport.network.NetworkLookup;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.Reason;

@Service
public class MeetingService implements Meetings {

	private static final String REQUEST_SELECT = """
			select r.*, f.name as from_name, t.name as to_name from matchmaking.meeting_request r
			join matchmaking.company f on f.id = r.from_company join matchmaking.company t on t.id = r.to_company""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final SessionStore sessions;

	private final ParticipantStore participants;

	private final CompanyService companies;

	private final ScheduleRunner scheduler;

	private final NetworkLookup lookup;

	private final MeetingStore meetings;

	MeetingService(JdbcClient jdbc, JsonMapper json, SessionStore sessions, ParticipantStore participants,
			CompanyService companies, ScheduleRunner scheduler, NetworkLookup lookup, MeetingStore meetings) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.json = json;
		this.sessions = sessions;
		this.participants = participants;
		this.companies = companies;
		this.scheduler = scheduler;
		this.lookup = lookup;
	}

	@Override
	@Transactional
	public SessionView create(org.twinport.matchmaking.SessionDraft draft, TwinportUser admin, String lang) {
		return sessions.view(sessions.create(draft, admin, lang, false), lang);
	}

	/** For the demo data: a session marked as a sample. */
	@Transactional
	public SessionView createDemo(org.twinport.matchmaking.SessionDraft draft, TwinportUser admin) {
		return sessions.view(sessions.create(draft, admin, "en", true), "en");
	}

	@Override
	public List<SessionView> sessions(String lang) {
		return sessions.ids().stream().map(id -> sessions.view(id, lang)).toList();
	}

	@Override
	public SessionView session(long id, String lang) {
		return sessions.view(id, lang);
	}

	@Override
	@Transactional
	public ParticipantView join(TwinportUser user, long sessionId, @Nullable Long companyId,
			@Nullable List<Window> availability) {
		sessions.view(sessionId, "en");
		long company = actor(user, companyId, "companyId");
		List<Window> merged = Availability.merged(availability);
		participants.join(sessionId, company, merged);
		return participants(sessionId).stream().filter(p -> p.companyId() == company).findFirst().orElseThrow();
	}

	@Override
	public List<ParticipantView> participants(long sessionId) {
		List<Object[]> rows = participants.availability(sessionId);
		return rows.stream().map(row -> {
			CompanyService.Row company = companies.row((Long) row[0]).orElseThrow();
			@SuppressWarnings("unchecked")
			List<Window> windows = (List<Window>) row[1];
			return new ParticipantView(company.id(), company.name(), zoneOf(company), windows);
		}).toList();
	}

	@Override
	@Transactional
	public MeetingRequestView request(TwinportUser user, long sessionId, @Nullable Long fromCompanyId,
			long toCompanyId, @Nullable String message) {
		SessionView session = sessions.view(sessionId, "en");
		long from = actor(user, fromCompanyId, "fromCompanyId");
		if (from == toCompanyId) {
			throw new InvalidInputException("toCompanyId", Reason.of("matchmaking.problem.anotherCompany"));
		}
		if (!participants.isParticipant(sessionId, from)) {
			throw new InvalidInputException("fromCompanyId", Reason.of("matchmaking.problem.notJoined"));
		}
		if (!participants.isParticipant(sessionId, toCompanyId)) {
			throw new InvalidInputException("toCompanyId", Reason.of("matchmaking.problem.notJoined"));
		}
		CompanyService.Row to = companies.row(toCompanyId).orElseThrow();
		if (!to.openToMeetings()) {
			throw new InvalidInputException("toCompanyId", Reason.of("matchmaking.problem.closedToMeetings"));
		}
		if (blocked(from, toCompanyId)) {
			throw new InvalidInputException("toCompanyId", Reason.of("matchmaking.problem.notRequestable"));
		}
		if (message != null && message.length() > 1000) {
			throw new InvalidInputException("message", Reason.of("matchmaking.problem.atMostChars", "1000"));
		}
		RequestStatus status = session.requestMode() == RequestMode.AUTOMATIC ? RequestStatus.ACCEPTED
				: RequestStatus.REQUESTED;
		try {
			long id = jdbc
				.sql("""
						insert into matchmaking.meeting_request (session_id, from_company, to_company, status, message, answered_at)
						values (:s, :f, :t, :status, :m, case when :status = 'ACCEPTED' then now() end) returning id""")
				.param("s", sessionId)
				.param("f", from)
				.param("t", toCompanyId)
				.param("status", status.name())
				.param("m", message)
				.query(Long.class)
				.single();
			return requestRow(id);
		}
		catch (DuplicateKeyException ex) {
			throw new StateConflictException(Reason.of("matchmaking.problem.liveRequest"));
		}
	}

	@Override
	public List<MeetingRequestView> requests(TwinportUser user, long sessionId) {
		sessions.view(sessionId, "en");
		Long acting = companies.actingForOrNull(user);
		if (acting == null && !user.is(org.twinport.identity.Role.ADMIN)) {
			return List.of();
		}
		return jdbc.sql(REQUEST_SELECT
				+ " where r.session_id = :s and (:me < 0 or r.from_company = :me or r.to_company = :me) order by r.id")
			.param("s", sessionId)
			.param("me", acting == null ? -1 : acting)
			.query(this::request)
			.list();
	}

	@Override
	@Transactional
	public MeetingRequestView answer(TwinportUser user, long requestId, boolean accept) {
		MeetingRequestView request = visibleRequest(user, requestId);
		Long acting = companies.actingForOrNull(user);
		if (acting != null && acting != request.toCompanyId()) {
			throw new AccessDeniedException("Only the requested company answers a request");
		}
		int changed = jdbc.sql(
				"update matchmaking.meeting_request set status = :s, answered_at = now() where id = :id and status = 'REQUESTED'")
			.param("s", accept ? "ACCEPTED" : "DECLINED")
			.param("id", requestId)
			.update();
		if (changed == 0) {
			throw new StateConflictException(Reason.of("matchmaking.problem.requestAlready." + request.status().name()));
		}
		return requestRow(requestId);
	}

	@Override
	@Transactional
	public MeetingRequestView cancel(TwinportUser user, long requestId) {
		visibleRequest(user, requestId);
		meetings.remove(requestId);
		int changed = jdbc.sql(
				"update matchmaking.meeting_request set status = 'CANCELLED' where id = :id and status in ('REQUESTED', 'ACCEPTED')")
			.param("id", requestId)
			.update();
		if (changed == 0) {
			throw new StateConflictException(Reason.of("matchmaking.problem.cancelLiveOnly"));
		}
		return requestRow(requestId);
	}

	@Override
	public ScheduleReport schedule(long sessionId) {
		return scheduler.run(sessionId);
	}

	@Override
	public AgendaView agenda(TwinportUser user, long sessionId, @Nullable Long companyId, String lang) {
		SessionView session = sessions.view(sessionId, lang);
		long company = actor(user, companyId, "company");
		return new Agendas(jdbc, companies, lookup).agenda(session, company, lang);
	}

	@Override
	@Transactional
	public void recordOutcome(TwinportUser user, long requestId, Outcome outcome, boolean agreementSigned) {
		if (outcome == null) {
			throw new InvalidInputException("outcome", Reason.of("matchmaking.problem.outcome"));
		}
		MeetingRequestView request = visibleRequest(user, requestId);
		Long acting = companies.actingFor(user);
		if (acting == null) {
			throw new InvalidInputException("company", Reason.of("matchmaking.problem.ownOutcome"));
		}
		if (!meetings.recordOutcome(requestId, acting == request.fromCompanyId(), outcome, agreementSigned)) {
			throw new StateConflictException(Reason.of("matchmaking.problem.notScheduled"));
		}
	}

	@Override
	public SessionMetrics metrics(long sessionId) {
		sessions.view(sessionId, "en");
		return new Agendas(jdbc, companies, lookup).metrics(sessionId);
	}

	private MeetingRequestView visibleRequest(TwinportUser user, long requestId) {
		MeetingRequestView request = requestRow(requestId);
		Long acting = companies.actingForOrNull(user);
		boolean admin = user.is(org.twinport.identity.Role.ADMIN);
		if (!admin && (acting == null || (acting != request.fromCompanyId() && acting != request.toCompanyId()))) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noRequest"));
		}
		return request;
	}

	/** The company acting: a company may only name itself; ADMIN must name one. */
	private long actor(TwinportUser user, @Nullable Long named, String field) {
		Long acting = companies.actingFor(user);
		if (acting == null) {
			if (named == null) {
				throw new InvalidInputException(field, Reason.of("matchmaking.problem.requiredForAdmin"));
			}
			companies.row(named).orElseThrow(() -> new InvalidInputException(field, Reason.of("matchmaking.problem.notCompany")));
			return named;
		}
		if (named != null && named.longValue() != acting) {
			throw new AccessDeniedException("A company cannot act on another company's behalf");
		}
		return acting;
	}

	private boolean blocked(long a, long b) {
		return jdbc.sql("select count(*) from matchmaking.blocked_pair where company_a = :a and company_b = :b")
			.param("a", Math.min(a, b))
			.param("b", Math.max(a, b))
			.query(Long.class)
			.single() > 0;
	}

	private String zoneOf(CompanyService.Row company) {
		var place = lookup.places(List.of(company.placeId()), "en").get(company.placeId());
		return place == null ? null : place.timeZone();
	}

	private MeetingRequestView requestRow(long id) {
		return jdbc.sql(REQUEST_SELECT + " where r.id = :id")
			.param("id", id)
			.query(this::request)
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noRequest")));
	}

	private MeetingRequestView request(ResultSet rs, int n) throws SQLException {
		return new MeetingRequestView(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("from_company"),
				rs.getString("from_name"), rs.getLong("to_company"), rs.getString("to_name"),
				RequestStatus.valueOf(rs.getString("status")), rs.getString("message"),
				rs.getTimestamp("created_at").toInstant());
	}

}

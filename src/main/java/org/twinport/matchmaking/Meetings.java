package org.twinport.matchmaking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinport.identity.TwinportUser;

/**
 * Matchmaking sessions at exchanges, meeting requests between their participants, the
 * scheduler, agendas and outcomes. ADMIN creates sessions and runs the scheduler. A
 * company joins a session, states its availability and requests meetings only for itself:
 * naming another company as the sender is refused.
 */
public interface Meetings {

	SessionView create(SessionDraft draft, TwinportUser admin, String lang);

	List<SessionView> sessions(String lang);

	SessionView session(long id, String lang);

	/**
	 * Joins (or updates the availability of) the acting company; ADMIN names the company.
	 * @throws org.twinport.shared.InvalidInputException for a window that ends before it
	 * starts
	 */
	ParticipantView join(TwinportUser user, long sessionId, @Nullable Long companyId, @Nullable List<Window> availability);

	List<ParticipantView> participants(long sessionId);

	MeetingRequestView request(TwinportUser user, long sessionId, @Nullable Long fromCompanyId, long toCompanyId,
			@Nullable String message);

	/** The acting company's requests, sent and received; ADMIN sees all. */
	List<MeetingRequestView> requests(TwinportUser user, long sessionId);

	MeetingRequestView answer(TwinportUser user, long requestId, boolean accept);

	MeetingRequestView cancel(TwinportUser user, long requestId);

	ScheduleReport schedule(long sessionId);

	AgendaView agenda(TwinportUser user, long sessionId, @Nullable Long companyId, String lang);

	void recordOutcome(TwinportUser user, long requestId, Outcome outcome, boolean agreementSigned);

	SessionMetrics metrics(long sessionId);

}

package org.twinport.matchmaking;

import java.util.List;

import org.twinport.identity.TwinportUser;

/**
 * What the offices do with matchmaking sessions. ADMIN manages every session; a
 * PARTNER_OFFICE manages the sessions of exchanges its place takes part in, and blocks
 * pairs where one company is based in its place. Anything else is refused: another
 * office's session is not found, and other roles are denied.
 */
public interface SessionOffice {

	/** The sessions this office manages, newest first. */
	List<SessionView> managed(TwinportUser office, String lang);

	SessionView create(TwinportUser office, SessionDraft draft, String lang);

	/**
	 * Changes the settings. Days, slot length, break and zone change only while no
	 * meeting is placed ({@link org.twinport.shared.StateConflictException} after).
	 */
	SessionView update(TwinportUser office, long sessionId, SessionDraft draft, String lang);

	/** Adds a company to the session, or replaces its availability. */
	ParticipantView enrol(TwinportUser office, long sessionId, long companyId, List<Window> availability);

	ScheduleReport schedule(TwinportUser office, long sessionId);

	/** The report of the session's last scheduler run, if it was ever run. */
	java.util.Optional<ScheduleReport> lastReport(TwinportUser office, long sessionId);

	/** The session's placed meetings by slot, then room. */
	List<PlacedMeeting> placedMeetings(TwinportUser office, long sessionId);

	SessionMetrics metrics(TwinportUser office, long sessionId);

	void block(TwinportUser office, long companyA, long companyB);

	void unblock(TwinportUser office, long companyA, long companyB);

	/** Pairs blocked, as company ids with names, for ADMIN all, for an office its own. */
	List<BlockedPair> blockedPairs(TwinportUser office);

	record BlockedPair(long companyA, String nameA, long companyB, String nameB) {
	}

}

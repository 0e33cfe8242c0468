package org.twinport.matchmaking.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.matchmaking.Outcome;

/** The one writer of {@code matchmaking.meeting}: the meetings the scheduler placed, and their outcomes. */
@Component
class MeetingStore {

	/** An accepted request placed in a slot of its session, at a table or room (null: none). */
	record Placed(long requestId, int slot, @Nullable Long roomId) {
	}

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The session's schedule becomes {@code placed}: meetings placed before are dropped. */
	void replaceSchedule(long sessionId, List<Placed> placed) {
		jdbc.sql("delete from matchmaking.meeting where session_id = :s").param("s", sessionId).update();
		for (Placed meeting : placed) {
			jdbc.sql(
					"insert into matchmaking.meeting (request_id, session_id, slot_idx, room_id) values (:r, :s, :t, :room)")
				.param("r", meeting.requestId())
				.param("s", sessionId)
				.param("t", meeting.slot())
				.param("room", meeting.roomId())
				.update();
		}
	}

	/** The request's meeting leaves the schedule, if it had one. */
	void remove(long requestId) {
		jdbc.sql("delete from matchmaking.meeting where request_id = :id").param("id", requestId).update();
	}

	/**
	 * One side's outcome of the request's meeting; an agreement signed stays signed.
	 * @return false when the request has no meeting scheduled
	 */
	boolean recordOutcome(long requestId, boolean requestingSide, Outcome outcome, boolean agreementSigned) {
		String column = requestingSide ? "outcome_from" : "outcome_to";
		return jdbc
			.sql("update matchmaking.meeting set " + column
					+ " = :o, agreement_signed = agreement_signed or :signed where request_id = :id")
			.param("o", outcome.name())
			.param("signed", agreementSigned)
			.param("id", requestId)
			.update() > 0;
	}

}

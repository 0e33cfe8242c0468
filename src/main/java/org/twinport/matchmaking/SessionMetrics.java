package org.twinport.matchmaking;

import org.jspecify.annotations.Nullable;

/**
 * A session's figures, as trade agencies report them.
 *
 * @param held meetings at least one side recorded as held (or with a follow-up) and
 * neither as a no-show
 * @param noShowRate no-shows over meetings with a recorded outcome; null before any
 * outcome
 */
public record SessionMetrics(long requestsSent, long accepted, long declined, long cancelled, long scheduled, long held,
		long noShows, @Nullable Double noShowRate, long followUps, long agreementsSigned) {
}

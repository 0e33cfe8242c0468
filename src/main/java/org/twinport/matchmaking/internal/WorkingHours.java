package org.twinport.matchmaking.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A company's working day in its own time zone (08:00–18:00 unless the company says
 * otherwise, kept in {@code matchmaking.company}). A participant's declared availability
 * is in the session's zone and may be blank ("the whole session"); working hours keep a
 * session in Jinan from placing a Sacramento company at midnight.
 *
 * @param zone the company's place's zone, or null when unknown (then no limit applies)
 */
record WorkingHours(@Nullable ZoneId zone, LocalTime starts, LocalTime ends) {

	/** True when the meeting from start to end lies within one local working day. */
	boolean covers(Instant start, Instant end) {
		if (zone == null) {
			return true;
		}
		LocalDateTime from = LocalDateTime.ofInstant(start, zone);
		LocalDateTime to = LocalDateTime.ofInstant(end, zone);
		return from.toLocalDate().equals(to.toLocalDate()) && !from.toLocalTime().isBefore(starts)
				&& !to.toLocalTime().isAfter(ends);
	}

}

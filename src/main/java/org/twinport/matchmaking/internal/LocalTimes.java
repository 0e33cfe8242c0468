package org.twinport.matchmaking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * An instant as a wall-clock time in a zone, with the zone rules of that day (daylight
 * saving included).
 */
public final class LocalTimes {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private LocalTimes() {
	}

	public static String format(Instant instant, ZoneId zone) {
		return MINUTE.format(instant.atZone(zone));
	}

	public static String format(Instant instant, @Nullable String zone, String fallback) {
		return format(instant, ZoneId.of(zone == null ? fallback : zone));
	}

}

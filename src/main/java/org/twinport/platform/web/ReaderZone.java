package org.twinport.platform.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The reader's time zone, as the browser's script reports it in the {@code twinport_tz}
 * cookie (the server cannot know it otherwise); UTC when it has not, or reports something
 * that is no zone.
 */
final class ReaderZone {

	static final String COOKIE = "twinport_tz";

	private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_+\\-/]{0,63}");

	private ReaderZone() {
	}

	static ZoneId of(String cookie) {
		if (cookie == null || !ZONE_ID.matcher(cookie).matches() || !ZoneId.getAvailableZoneIds().contains(cookie)) {
			return ZoneOffset.UTC;
		}
		return ZoneId.of(cookie);
	}

}

package org.twinport.shared.web;

import java.util.Locale;
import java.util.Set;

/** How a reader's language joins a date, a time and the time's zone. */
public final class TimeWording {

	/** Languages that write the zone in full-width parentheses after a space: 15:00（中国时间）. */
	private static final Set<String> WIDE_PARENTHESES = Set.of("zh", "ja");

	private TimeWording() {
	}

	/** "Dec 7, 2026, 16:12 (Eastern European Time)", "2026年12月7日 16:12（东欧时间）". */
	public static String withZone(String date, String time, String zone, Locale locale) {
		return WIDE_PARENTHESES.contains(locale.getLanguage()) ? date + " " + time + "（" + zone + "）"
				: date + ", " + time + " (" + zone + ")";
	}

}

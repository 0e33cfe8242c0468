package org.twinport.exchange.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.twinport.shared.web.TimeWording;
import org.twinport.exchange.ExchangeView;

/**
 * An exchange's start as a reader says it: "Thursday, March 25, 2027, 15:00 (China Time)",
 * "2027年3月25日星期四 15:00（中国时间）". Exchanges known only to the day or month are worded
 * to that precision.
 */
final class LocalisedStart {


	private LocalisedStart() {
	}

	static String of(ExchangeView exchange, Locale locale) {
		if (!exchange.timed() || exchange.startsAt() == null) {
			return partialDate(exchange.start(), locale);
		}
		ZoneId zone = ZoneId.of(exchange.timeZone());
		ZonedDateTime start = exchange.startsAt().atZone(zone);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(start);
		String time = DateTimeFormatter.ofPattern("HH:mm").format(start);
		String zoneName = zone.getDisplayName(TextStyle.FULL, locale);
		return TimeWording.withZone(date, time, zoneName, locale);
	}

	/** {@code 2027-01-16} and {@code 2027-01} as the reader writes them; a bare year as it is. */
	private static String partialDate(String start, Locale locale) {
		try {
			if (start.length() == 10) {
				return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(java.time.LocalDate.parse(start));
			}
			if (start.length() == 7) {
				return DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale).format(java.time.YearMonth.parse(start));
			}
		}
		catch (java.time.format.DateTimeParseException notADate) {
			// shown as recorded
		}
		return start;
	}

}

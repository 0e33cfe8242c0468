package org.twinport.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.exchange.ExchangeView;

/**
 * Writes exchanges as iCalendar (RFC 5545). Timed exchanges are written in UTC, so every
 * calendar shows them at the right local time, daylight saving included; dated ones as
 * all-day events; vaguer ones are left out of feeds.
 */
@Component
public class ICalendarWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	public String write(List<ExchangeView> exchanges, String calendarName) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Twinport//Exchanges//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + escape(calendarName));
		Instant stamp = Instant.now();
		for (ExchangeView exchange : exchanges) {
			event(out, exchange, stamp);
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static void event(StringBuilder out, ExchangeView e, Instant stamp) {
		line(out, "BEGIN:VEVENT");
		line(out, "UID:exchange-" + e.id() + "@twinport");
		line(out, "DTSTAMP:" + UTC.format(stamp));
		if (e.timed()) {
			line(out, "DTSTART:" + UTC.format(e.startsAt()));
			line(out, "DTEND:" + UTC.format(e.endsAt() != null ? e.endsAt() : e.startsAt().plusSeconds(3600)));
		}
		else {
			LocalDateTime start = LocalDateTime.ofInstant(e.startsAt(), java.time.ZoneId.of(e.timeZone()));
			line(out, "DTSTART;VALUE=DATE:" + DAY.format(start));
			LocalDateTime end = e.endsAt() == null ? start
					: LocalDateTime.ofInstant(e.endsAt(), java.time.ZoneId.of(e.timeZone()));
			line(out, "DTEND;VALUE=DATE:" + DAY.format(end.plusDays(1)));
		}
		line(out, "SUMMARY:" + escape(e.title()));
		StringBuilder description = new StringBuilder();
		if (e.summary() != null) {
			description.append(e.summary());
		}
		if (!"MINUTE".equals(e.startPrecision()) && !"DAY".equals(e.startPrecision())) {
			description.append(description.isEmpty() ? "" : "\n")
				.append("Date known only as ")
				.append(e.start())
				.append('.');
		}
		if (!description.isEmpty()) {
			line(out, "DESCRIPTION:" + escape(description.toString()));
		}
		line(out, "CATEGORIES:" + e.kind().name());
		line(out, "END:VEVENT");
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Folds lines longer than 75 octets, never splitting a UTF-8 character. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
				limit = 75;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}

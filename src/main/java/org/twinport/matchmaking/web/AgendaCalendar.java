package org.twinport.matchmaking.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.twinport.matchmaking.AgendaView;

/**
 * A company's agenda as iCalendar (RFC 5545), in UTC so every calendar shows local time,
 * daylight saving included.
 */
final class AgendaCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private AgendaCalendar() {
	}

	static String write(AgendaView agenda) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Twinport//Matchmaking//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + escape(agenda.sessionName() + " – " + agenda.companyName()));
		String stamp = UTC.format(Instant.now());
		for (AgendaView.Item item : agenda.items()) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:meeting-" + item.requestId() + "-" + agenda.companyId() + "@twinport");
			line(out, "DTSTAMP:" + stamp);
			line(out, "DTSTART:" + UTC.format(item.startsAt()));
			line(out, "DTEND:" + UTC.format(item.endsAt()));
			line(out, "SUMMARY:" + escape("Meeting: " + item.counterpartName()));
			line(out, "LOCATION:" + escape(item.room()));
			line(out, "DESCRIPTION:" + escape(agenda.sessionName() + "\nCounterpart's local time: "
					+ item.counterpartLocalStart() + " (" + item.counterpartTimeZone() + ")"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text == null ? ""
				: text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	/** Folds lines longer than 75 octets without splitting a UTF-8 character. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}

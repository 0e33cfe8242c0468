package org.twinport.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinport.exchange.ExchangeDraft;
import org.twinport.exchange.ExchangeKind;
import org.twinport.exchange.ExchangeView;
import org.twinport.shared.CountryNames;

/**
 * Writes exchanges as iCalendar (RFC 5545). Timed exchanges are written in UTC, so every
 * calendar shows them at the right local time, daylight saving included; dated ones as
 * all-day events; vaguer ones are left out of feeds. Everything a person reads (the
 * calendar's name, titles, descriptions, places, kinds) is in the reader's language.
 */
@Component
public class ICalendarWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final MessageSource messages;

	private final CountryNames countries;

	ICalendarWriter(MessageSource messages, CountryNames countries) {
		this.messages = messages;
		this.countries = countries;
	}

	/** The feed of upcoming exchanges, named for the reader. */
	public String feed(List<ExchangeView> exchanges, Locale locale) {
		return write(exchanges, messages.getMessage("calendar.feed.name", null, locale), locale);
	}

	/**
	 * @param exchanges with their titles and participants' names already in the reader's
	 * language
	 */
	public String write(List<ExchangeView> exchanges, String calendarName, Locale locale) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Twinport//Exchanges//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + escape(calendarName));
		Instant stamp = Instant.now();
		for (ExchangeView exchange : exchanges) {
			event(out, exchange, stamp, locale);
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private void event(StringBuilder out, ExchangeView e, Instant stamp, Locale locale) {
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
		List<String> description = new ArrayList<>();
		if (e.summary() != null && !e.summary().isBlank()) {
			description.add(e.summary());
		}
		List<String> participants = participants(e, locale);
		if (!participants.isEmpty()) {
			description.add(messages.getMessage("calendar.ics.participants",
					new Object[] { String.join(messages.getMessage("calendar.ics.separator", null, locale), participants) },
					locale));
		}
		if (!"MINUTE".equals(e.startPrecision()) && !"DAY".equals(e.startPrecision())) {
			description.add(messages.getMessage("calendar.ics.vagueDate", new Object[] { vagueDate(e.start(), locale) },
					locale));
		}
		if (!description.isEmpty()) {
			line(out, "DESCRIPTION:" + escape(String.join("\n", description)));
		}
		String location = location(e, locale);
		if (location != null) {
			line(out, "LOCATION:" + escape(location));
		}
		String kind = messages.getMessage("exchange.kind." + e.kind().name(), null, e.kind().name(), locale);
		line(out, "CATEGORIES:" + escape(kind));
		line(out, "END:VEVENT");
	}

	/** Online for an online conference, else the places that organize it, when it names them. */
	private String location(ExchangeView e, Locale locale) {
		if (e.kind() == ExchangeKind.CONFERENCE_ONLINE) {
			return messages.getMessage("calendar.ics.online", null, locale);
		}
		List<String> hosts = e.participants()
			.stream()
			.filter(p -> p.role() == ExchangeDraft.Role.ORGANIZER && "PLACE".equals(p.type()) && p.name() != null)
			.map(ExchangeView.Participant::name)
			.toList();
		return hosts.isEmpty() ? null : String.join(messages.getMessage("calendar.ics.separator", null, locale), hosts);
	}

	/** Every participant's name, a country named in the reader's language. */
	private List<String> participants(ExchangeView e, Locale locale) {
		return e.participants()
			.stream()
			.map(p -> p.name() != null ? p.name()
					: p.countryCode() == null ? null : countries.name(p.countryCode(), locale))
			.filter(name -> name != null && !name.isBlank())
			.toList();
	}

	/** "2021" or "October 2021" in the reader's language. */
	private static String vagueDate(String start, Locale locale) {
		try {
			return switch (start.length()) {
				case 7 -> DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale).format(YearMonth.parse(start));
				case 4 -> DateTimeFormatter.ofLocalizedPattern("y")
					.withLocale(locale)
					.format(YearMonth.of(Integer.parseInt(start), 1));
				default -> start;
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return start;
		}
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

package org.twinport.matchmaking.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.twinport.exchange.ExchangeView;
import org.twinport.matchmaking.SessionDraft;
import org.twinport.matchmaking.SessionView;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** A session's days as the office's forms read and show them. */
final class SessionDays {

	private static final Pattern DAY = Pattern
		.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2})\\s*[-–]\\s*(\\d{2}:\\d{2})");

	private SessionDays() {
	}

	/**
	 * The days picked row by row (a date, a start and an end); empty rows are left out,
	 * and none at all is null.
	 */
	static List<SessionDraft.Day> rows(List<String> dates, List<String> starts, List<String> ends) {
		List<SessionDraft.Day> out = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			String date = dates.get(i).strip();
			String start = at(starts, i);
			String end = at(ends, i);
			if (date.isEmpty() && start.isEmpty() && end.isEmpty()) {
				continue;
			}
			out.add(new SessionDraft.Day(date(date, "days[" + i + "].date"), time(start, "days[" + i + "].start"),
					time(end, "days[" + i + "].end")));
		}
		return out.isEmpty() ? null : out;
	}

	/** One day per line, {@code 2026-10-20 09:00-17:00}, as clients without pickers send them; none when blank. */
	static List<SessionDraft.Day> parse(String text) {
		if (text.isBlank()) {
			return null;
		}
		List<SessionDraft.Day> out = new ArrayList<>();
		String[] lines = text.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher m = DAY.matcher(line);
			if (!m.matches()) {
				throw new InvalidInputException("days[" + i + "]", Reason.of("matchmaking.problem.dayHours"));
			}
			out.add(new SessionDraft.Day(date(m.group(1), "days[" + i + "]"), time(m.group(2), "days[" + i + "]"),
					time(m.group(3), "days[" + i + "]")));
		}
		return out;
	}

	/** The days as the session's slots cover them: the first slot's start to the last slot's end. */
	static List<SessionDraft.Day> of(SessionView session) {
		ZoneId zone = ZoneId.of(session.timeZone());
		List<SessionDraft.Day> out = new ArrayList<>();
		int day = -1;
		LocalDateTime first = null;
		LocalDateTime last = null;
		for (SessionView.Slot slot : session.slots()) {
			if (slot.day() != day) {
				if (first != null) {
					out.add(new SessionDraft.Day(first.toLocalDate(), first.toLocalTime(), last.toLocalTime()));
				}
				day = slot.day();
				first = LocalDateTime.ofInstant(slot.startsAt(), zone);
			}
			last = LocalDateTime.ofInstant(slot.endsAt(), zone);
		}
		if (first != null) {
			out.add(new SessionDraft.Day(first.toLocalDate(), first.toLocalTime(), last.toLocalTime()));
		}
		return out;
	}

	/** The first and last minute of a session, local, as date-time pickers bound their choice. */
	record Bounds(String from, String to) {
	}

	static Bounds bounds(SessionView session) {
		if (session.slots().isEmpty()) {
			return new Bounds("", "");
		}
		ZoneId zone = ZoneId.of(session.timeZone());
		return new Bounds(LocalDateTime.ofInstant(session.slots().get(0).startsAt(), zone).toString(),
				LocalDateTime.ofInstant(session.slots().get(session.slots().size() - 1).endsAt(), zone).toString());
	}

	/** When an exchange starts, written for the reader: "20 Oct 2026, 15:00" or the month it is known to. */
	static String startOf(ExchangeView exchange, Locale locale) {
		if (exchange.startsAt() != null && exchange.timed()) {
			return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale)
				.format(exchange.startsAt().atZone(ZoneId.of(exchange.timeZone())));
		}
		try {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale)
				.format(LocalDate.parse(exchange.start()));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return exchange.start() == null ? "" : exchange.start();
		}
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
	}

	private static LocalDate date(String text, String field) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.dateLike", "2026-10-20"));
		}
	}

	private static LocalTime time(String text, String field) {
		try {
			return LocalTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.time"));
		}
	}

}

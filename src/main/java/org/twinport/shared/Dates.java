package org.twinport.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

/**
 * The one bound on dates a client sends: years {@value #MIN_YEAR} to {@value #MAX_YEAR}.
 * ISO 8601 allows {@code +999999999-12-31}, which parses, but then overflows the first day
 * added to it, the first conversion to milliseconds, and PostgreSQL's timestamps.
 */
public final class Dates {

	public static final int MIN_YEAR = 1000;

	public static final int MAX_YEAR = 9999;

	/** The years a date may fall in, as a code worded in the reader's language. */
	public static final Reason RULE_REASON = Reason.of("problem.yearsBetween", String.valueOf(MIN_YEAR),
			String.valueOf(MAX_YEAR));

	private Dates() {
	}

	public static boolean withinBounds(TemporalAccessor value) {
		long year;
		try {
			if (value instanceof Instant instant) {
				year = instant.atOffset(ZoneOffset.UTC).getYear();
			}
			else if (value.isSupported(ChronoField.YEAR)) {
				year = value.getLong(ChronoField.YEAR);
			}
			else {
				return true;
			}
		}
		catch (DateTimeException ex) {
			return false;
		}
		return year >= MIN_YEAR && year <= MAX_YEAR;
	}

	/** Reads an ISO date ({@code 2026-12-07}) within the bound; refused naming the field otherwise. */
	public static @Nullable LocalDate parse(@Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException(field, Reason.of("shared.problem.isoDate"));
		}
		if (!withinBounds(date)) {
			throw new InvalidInputException(field, RULE_REASON);
		}
		return date;
	}

}

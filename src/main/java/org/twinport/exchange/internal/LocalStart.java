package org.twinport.exchange.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * A local date-time as precise as it is known: to the minute, the day, the month or the
 * year.
 */
record LocalStart(LocalDateTime local, String precision) {

	static LocalStart parse(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, Reason.of("problem.required"));
		}
		LocalStart parsed;
		try {
			parsed = switch (text.length()) {
				case 4 -> new LocalStart(LocalDate.of(Integer.parseInt(text), 1, 1).atStartOfDay(), "YEAR");
				case 7 -> new LocalStart(YearMonth.parse(text).atDay(1).atStartOfDay(), "MONTH");
				case 10 -> new LocalStart(LocalDate.parse(text).atStartOfDay(), "DAY");
				default -> new LocalStart(LocalDateTime.parse(text).withSecond(0).withNano(0), "MINUTE");
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidInputException(field, Reason.of("problem.localStart"));
		}
		if (parsed.local().getYear() < 1800 || parsed.local().getYear() > 2199) {
			throw new InvalidInputException(field, Reason.of("problem.yearsBetween", "1800", "2199"));
		}
		return parsed;
	}

	static ZoneId zone(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, Reason.of("problem.required"));
		}
		if (!ZoneId.getAvailableZoneIds().contains(text)) {
			throw new InvalidInputException(field, Reason.of("problem.timeZone"));
		}
		return ZoneId.of(text);
	}

	/** The start written back as precisely as it is known. */
	static String format(LocalDateTime local, String precision) {
		return switch (precision) {
			case "YEAR" -> String.valueOf(local.getYear());
			case "MONTH" -> YearMonth.from(local).toString();
			case "DAY" -> local.toLocalDate().toString();
			default -> local.toString();
		};
	}

}

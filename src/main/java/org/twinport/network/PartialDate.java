package org.twinport.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * A date known to a day, a month, a year, or not at all, as agreements often are. Written
 * as {@code 1983}, {@code 1985-04} or {@code 1994-09-25}; unknown is null.
 */
public record PartialDate(@Nullable LocalDate date, Precision precision) {

	public enum Precision {

		DAY, MONTH, YEAR, UNKNOWN

	}

	public static final PartialDate UNKNOWN = new PartialDate(null, Precision.UNKNOWN);

	public static PartialDate parse(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return UNKNOWN;
		}
		try {
			return switch (text.length()) {
				case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), Precision.YEAR);
				case 7 -> new PartialDate(YearMonth.parse(text).atDay(1), Precision.MONTH);
				case 10 -> new PartialDate(LocalDate.parse(text), Precision.DAY);
				default -> throw new DateTimeParseException("length", text, 0);
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidInputException(field, Reason.of("problem.partialDate", text));
		}
	}

	/**
	 * The last day this date may mean: ties are ordered by it, so that one dated
	 * 1983-01-14 comes before one known only as "1983" (which may have been any day of
	 * that year). Null when unknown. {@code NetworkDirectoryViews} orders by the same rule in
	 * SQL.
	 */
	public @Nullable LocalDate latestDay() {
		return switch (precision) {
			case DAY -> date;
			case MONTH -> YearMonth.from(date).atEndOfMonth();
			case YEAR -> date.withDayOfYear(date.lengthOfYear());
			case UNKNOWN -> null;
		};
	}

	/** The ISO form at its precision, or null when unknown. */
	public @Nullable String iso() {
		return switch (precision) {
			case DAY -> date.toString();
			case MONTH -> YearMonth.from(date).toString();
			case YEAR -> String.format("%04d", date.getYear());
			case UNKNOWN -> null;
		};
	}

	@Override
	public String toString() {
		return precision == Precision.UNKNOWN ? "unknown" : iso();
	}

}

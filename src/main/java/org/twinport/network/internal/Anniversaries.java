package org.twinport.network.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.twinport.network.NetworkFigures.Anniversary;

/**
 * Anniversaries in the next 12 months, counted in whole years. A founding date known only
 * to the month or the year has its anniversary in that month or year: it counts as coming
 * until that month or year is over, so a tie founded in 2001 has its 25th anniversary "in
 * 2026" all through 2026, and its 26th "in 2027" is listed beside it.
 */
final class Anniversaries {

	private Anniversaries() {
	}

	static List<Anniversary> within12Months(List<NetworkFiguresViews.Tie> ties, LocalDate today) {
		LocalDate horizon = today.plusMonths(12);
		List<Anniversary> found = new ArrayList<>();
		for (NetworkFiguresViews.Tie tie : ties) {
			LocalDate founded = tie.established().date();
			if (founded == null) {
				continue;
			}
			int year;
			String on;
			switch (tie.established().precision()) {
				case DAY -> {
					MonthDay day = MonthDay.from(founded);
					LocalDate next = day.atYear(today.getYear());
					if (next.isBefore(today)) {
						next = day.atYear(today.getYear() + 1);
					}
					if (!next.isBefore(horizon)) {
						continue;
					}
					year = next.getYear();
					on = next.toString();
				}
				case MONTH -> {
					YearMonth next = YearMonth.of(today.getYear(), founded.getMonth());
					if (next.isBefore(YearMonth.from(today))) {
						next = next.plusYears(1);
					}
					if (!next.atDay(1).isBefore(horizon)) {
						continue;
					}
					year = next.getYear();
					on = next.toString();
				}
				case YEAR -> {
					// Known only to the year: due all through this year, and again next year
					// (whose start is always within the 12 months).
					int nextYears = today.getYear() + 1 - founded.getYear();
					if (nextYears >= 1) {
						found.add(new Anniversary(tie.id(), tie.partnerCode(), tie.partner(), tie.established().iso(),
								String.valueOf(today.getYear() + 1), nextYears, nextYears % 5 == 0));
					}
					year = today.getYear();
					on = String.valueOf(year);
				}
				default -> {
					continue;
				}
			}
			int years = year - founded.getYear();
			if (years >= 1) {
				found.add(new Anniversary(tie.id(), tie.partnerCode(), tie.partner(), tie.established().iso(), on,
						years, years % 5 == 0));
			}
		}
		found.sort(Comparator.comparing(Anniversary::on).thenComparing(Anniversary::partner));
		return found;
	}

}

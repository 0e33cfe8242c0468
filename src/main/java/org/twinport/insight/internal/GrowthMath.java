package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Map;

import org.twinport.insight.TradeInsight.Change;
import org.twinport.shared.Money;

/**
 * Year-over-year change over the same months, with "n/a" instead of a division by zero or
 * by nothing.
 */
final class GrowthMath {

	static final String NOT_AVAILABLE = "n/a";

	/**
	 * A monthly total and how many records made it: zero records means missing, not zero.
	 */
	record Cell(BigDecimal value, long records) {

		static final Cell EMPTY = new Cell(BigDecimal.ZERO, 0);

		Cell plus(BigDecimal more, long count) {
			return new Cell(value.add(more), records + count);
		}
	}

	private GrowthMath() {
	}

	/**
	 * The months of a year that compare like with like: all twelve, or up to the latest
	 * month with data.
	 */
	static int lastMonth(int year, YearMonth latest) {
		return latest != null && year == latest.getYear() ? latest.getMonthValue() : 12;
	}

	static String months(int lastMonth) {
		return "01-" + String.format("%02d", lastMonth);
	}

	static Change change(Map<YearMonth, Cell> series, int year, int lastMonth, String currency) {
		Cell current = window(series, year, lastMonth);
		Cell previous = window(series, year - 1, lastMonth);
		Money now = money(current.value(), currency);
		if (previous.records() == 0) {
			return new Change(now, null, null, null, NOT_AVAILABLE);
		}
		BigDecimal absolute = current.value().subtract(previous.value());
		BigDecimal percent = percent(absolute, previous.value());
		return new Change(now, money(previous.value(), currency), money(absolute, currency), percent,
				percent == null ? NOT_AVAILABLE : percent.toPlainString());
	}

	/**
	 * {@code part / whole} in percent with one decimal; null when the whole is zero or
	 * negative.
	 */
	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() <= 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}

	static Money money(BigDecimal value, String currency) {
		return new Money(value.setScale(Money.minorUnits(currency), RoundingMode.HALF_UP), currency);
	}

	private static Cell window(Map<YearMonth, Cell> series, int year, int lastMonth) {
		Cell sum = Cell.EMPTY;
		for (int month = 1; month <= lastMonth; month++) {
			Cell cell = series.get(YearMonth.of(year, month));
			if (cell != null) {
				sum = sum.plus(cell.value(), cell.records());
			}
		}
		return sum;
	}

}

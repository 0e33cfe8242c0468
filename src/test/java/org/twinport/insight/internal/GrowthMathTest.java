package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.twinport.insight.TradeInsight.Change;
import org.twinport.insight.internal.GrowthMath.Cell;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Growth by hand, without Spring: the months compared, and n/a instead of a division by
 * zero or by nothing.
 */
class GrowthMathTest {

	/**
	 * 2024: 100 a month all year (1,200). 2025: data up to June only, 120 a month (720).
	 * Like with like: January–June 2025 (720) against January–June 2024 (600): +120,
	 * +20.0 % — not against all of 2024 (which would read −40 %).
	 */
	@Test
	void anIncompleteLatestYearIsComparedWithTheSameMonthsOfTheYearBefore() {
		Map<YearMonth, Cell> series = new TreeMap<>();
		for (int month = 1; month <= 12; month++) {
			series.put(YearMonth.of(2024, month), new Cell(new BigDecimal("100.00"), 1));
		}
		for (int month = 1; month <= 6; month++) {
			series.put(YearMonth.of(2025, month), new Cell(new BigDecimal("120.00"), 1));
		}
		YearMonth latest = YearMonth.of(2025, 6);
		int last = GrowthMath.lastMonth(2025, latest);
		assertThat(GrowthMath.months(last)).isEqualTo("01-06");
		Change change = GrowthMath.change(series, 2025, last, "USD");
		assertThat(change.current().amount()).isEqualByComparingTo("720.00");
		assertThat(change.previous().amount()).isEqualByComparingTo("600.00");
		assertThat(change.absolute().amount()).isEqualByComparingTo("120.00");
		assertThat(change.percentText()).isEqualTo("20.0");
		// A complete year before the latest compares all twelve months.
		assertThat(GrowthMath.months(GrowthMath.lastMonth(2024, latest))).isEqualTo("01-12");
	}

	@Test
	void growthIsNotAvailableWhenThePreviousPeriodIsZeroOrMissing() {
		Map<YearMonth, Cell> series = new TreeMap<>();
		series.put(YearMonth.of(2023, 3), new Cell(new BigDecimal("0.00"), 2));
		series.put(YearMonth.of(2024, 3), new Cell(new BigDecimal("50.00"), 1));
		series.put(YearMonth.of(2025, 3), new Cell(new BigDecimal("75.00"), 1));
		Change fromZero = GrowthMath.change(series, 2024, 12, "USD");
		assertThat(fromZero.absolute().amount()).isEqualByComparingTo("50.00");
		assertThat(fromZero.percent()).isNull();
		assertThat(fromZero.percentText()).isEqualTo("n/a");
		Change fromNothing = GrowthMath.change(series, 2023, 12, "USD");
		assertThat(fromNothing.previous()).isNull();
		assertThat(fromNothing.absolute()).isNull();
		assertThat(fromNothing.percentText()).isEqualTo("n/a");
		Change normal = GrowthMath.change(series, 2025, 12, "USD");
		assertThat(normal.percentText()).isEqualTo("50.0");
		// A negative previous total (a year of refunds only) gives no percent either.
		series.put(YearMonth.of(2026, 3), new Cell(new BigDecimal("-10.00"), 1));
		series.put(YearMonth.of(2027, 3), new Cell(new BigDecimal("10.00"), 1));
		assertThat(GrowthMath.change(series, 2027, 12, "USD").percentText()).isEqualTo("n/a");
	}

}

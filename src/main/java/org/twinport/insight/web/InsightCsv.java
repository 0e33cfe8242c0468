package org.twinport.insight.web;

import java.math.BigDecimal;
import java.util.List;

import org.twinport.insight.TradeInsight;
import org.twinport.insight.TradeInsight.Change;
import org.twinport.shared.CsvWriter;
import org.twinport.shared.Money;

/**
 * The figures as CSV, with the same numbers as the JSON; amounts are plain decimals
 * (written as numbers, so a negative growth is not taken for a formula), growth "n/a"
 * when undefined; names are text, neutralised by {@link CsvWriter}.
 */
final class InsightCsv {

	private static final String NOT_AVAILABLE = "n/a";

	private InsightCsv() {
	}

	static String totals(List<TradeInsight.Point> points) {
		CsvWriter csv = new CsvWriter().row("period", "imports", "exports", "total", "currency");
		points.forEach(p -> csv.row(p.period(), amount(p.imports()), amount(p.exports()), amount(p.total()),
				p.total().currency()));
		return csv.toString();
	}

	static String growth(List<TradeInsight.YearGrowth> years) {
		CsvWriter csv = changeHeader();
		for (TradeInsight.YearGrowth y : years) {
			change(csv, y.year(), y.months(), "total", y.total());
			change(csv, y.year(), y.months(), "imports", y.imports());
			change(csv, y.year(), y.months(), "exports", y.exports());
		}
		return csv.toString();
	}

	static String ranked(List<TradeInsight.Ranked> ranked) {
		CsvWriter csv = new CsvWriter().row("rank", "code", "name", "value", "currency", "share_percent");
		for (int i = 0; i < ranked.size(); i++) {
			TradeInsight.Ranked r = ranked.get(i);
			csv.row(i + 1, r.code(), r.name(), amount(r.value()), r.value().currency(), percent(r.sharePercent()));
		}
		return csv.toString();
	}

	static String channels(List<TradeInsight.ChannelYear> years) {
		CsvWriter csv = new CsvWriter().row("year", "cross_border_retail", "b2b_ecommerce", "general", "total",
				"currency", "cbec_share_percent");
		years.forEach(y -> csv.row(y.year(), amount(y.crossBorderRetail()), amount(y.b2b()), amount(y.general()),
				amount(y.total()), y.total().currency(), percent(y.crossBorderSharePercent())));
		return csv.toString();
	}

	static String sisters(TradeInsight.SisterComparison comparison) {
		CsvWriter csv = changeHeader();
		for (TradeInsight.SisterYear y : comparison.years()) {
			change(csv, y.year(), y.months(), "sister_city_countries", y.sisterCountries());
			change(csv, y.year(), y.months(), "others", y.others());
		}
		return csv.toString();
	}

	private static CsvWriter changeHeader() {
		return new CsvWriter().row("year", "months", "series", "current", "previous", "absolute", "percent");
	}

	private static void change(CsvWriter csv, int year, String months, String series, Change c) {
		csv.row(year, months, series, amount(c.current()), amount(c.previous()), amount(c.absolute()),
				percent(c.percent()));
	}

	private static Object amount(Money money) {
		return money == null ? NOT_AVAILABLE : money.amount();
	}

	private static Object percent(BigDecimal percent) {
		return percent == null ? NOT_AVAILABLE : percent;
	}

}

package org.twinport.insight.web;

import java.math.BigDecimal;
import java.util.List;

import org.twinport.insight.TradeInsight;
import org.twinport.insight.TradeInsight.Change;
import org.twinport.shared.Money;

/**
 * The figures as CSV, with the same numbers as the JSON; amounts are plain decimals,
 * growth "n/a" when undefined.
 */
final class InsightCsv {

	private InsightCsv() {
	}

	static String totals(List<TradeInsight.Point> points) {
		StringBuilder csv = new StringBuilder("period,imports,exports,total,currency\n");
		points.forEach(p -> csv.append(p.period())
			.append(',')
			.append(amount(p.imports()))
			.append(',')
			.append(amount(p.exports()))
			.append(',')
			.append(amount(p.total()))
			.append(',')
			.append(p.total().currency())
			.append('\n'));
		return csv.toString();
	}

	static String growth(List<TradeInsight.YearGrowth> years) {
		StringBuilder csv = new StringBuilder("year,months,series,current,previous,absolute,percent\n");
		for (TradeInsight.YearGrowth y : years) {
			change(csv, y.year(), y.months(), "total", y.total());
			change(csv, y.year(), y.months(), "imports", y.imports());
			change(csv, y.year(), y.months(), "exports", y.exports());
		}
		return csv.toString();
	}

	static String ranked(List<TradeInsight.Ranked> ranked) {
		StringBuilder csv = new StringBuilder("rank,code,name,value,currency,share_percent\n");
		for (int i = 0; i < ranked.size(); i++) {
			TradeInsight.Ranked r = ranked.get(i);
			csv.append(i + 1)
				.append(',')
				.append(r.code())
				.append(',')
				.append(quote(r.name()))
				.append(',')
				.append(amount(r.value()))
				.append(',')
				.append(r.value().currency())
				.append(',')
				.append(percent(r.sharePercent()))
				.append('\n');
		}
		return csv.toString();
	}

	static String channels(List<TradeInsight.ChannelYear> years) {
		StringBuilder csv = new StringBuilder(
				"year,cross_border_retail,b2b_ecommerce,general,total,currency,cbec_share_percent\n");
		years.forEach(y -> csv.append(y.year())
			.append(',')
			.append(amount(y.crossBorderRetail()))
			.append(',')
			.append(amount(y.b2b()))
			.append(',')
			.append(amount(y.general()))
			.append(',')
			.append(amount(y.total()))
			.append(',')
			.append(y.total().currency())
			.append(',')
			.append(percent(y.crossBorderSharePercent()))
			.append('\n'));
		return csv.toString();
	}

	static String sisters(TradeInsight.SisterComparison comparison) {
		StringBuilder csv = new StringBuilder("year,months,series,current,previous,absolute,percent\n");
		for (TradeInsight.SisterYear y : comparison.years()) {
			change(csv, y.year(), y.months(), "sister_city_countries", y.sisterCountries());
			change(csv, y.year(), y.months(), "others", y.others());
		}
		return csv.toString();
	}

	private static void change(StringBuilder csv, int year, String months, String series, Change c) {
		csv.append(year)
			.append(',')
			.append(months)
			.append(',')
			.append(series)
			.append(',')
			.append(amount(c.current()))
			.append(',')
			.append(amount(c.previous()))
			.append(',')
			.append(amount(c.absolute()))
			.append(',')
			.append(c.percentText())
			.append('\n');
	}

	private static String amount(Money money) {
		return money == null ? "n/a" : money.amount().toPlainString();
	}

	private static String percent(BigDecimal percent) {
		return percent == null ? "n/a" : percent.toPlainString();
	}

	private static String quote(String text) {
		String safe = text == null ? "" : text;
		// A leading =, +, - or @ would run as a formula in a spreadsheet.
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}

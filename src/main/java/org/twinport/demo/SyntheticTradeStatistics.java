package org.twinport.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.twinport.insight.OfficialStatistics;
import org.twinport.insight.OfficialStatistics.ImportRun;

/**
 * Invented monthly trade statistics for the demo dashboard, from a fixed seed so every
 * installation shows the same figures. They are imported under a source whose name says
 * they are synthetic, and the dashboard shows a banner: they must never be read as
 * Jinan's real trade.
 */
@Component
class SyntheticTradeStatistics {

	static final String SOURCE = "SYNTHETIC demo statistics (invented figures, not Jinan's real trade)";

	static final YearMonth FIRST = YearMonth.of(2016, 1);

	static final YearMonth LAST = YearMonth.of(2026, 9);

	/**
	 * Partner countries with a rough size; the sister-city ones get a network city on
	 * part of their rows.
	 */
	private static final Map<String, Integer> COUNTRIES = Map.ofEntries(Map.entry("JP", 90), Map.entry("GB", 40),
			Map.entry("US", 120), Map.entry("CA", 20), Map.entry("KR", 100), Map.entry("RU", 45), Map.entry("FI", 8),
			Map.entry("FR", 30), Map.entry("DE", 60), Map.entry("IL", 6), Map.entry("BG", 3), Map.entry("KH", 5),
			Map.entry("LT", 2), Map.entry("HU", 4), Map.entry("IT", 25), Map.entry("AU", 35), Map.entry("BR", 30),
			Map.entry("VN", 55), Map.entry("TH", 25), Map.entry("MY", 30), Map.entry("SG", 20), Map.entry("IN", 40),
			Map.entry("NL", 22), Map.entry("ZA", 10), Map.entry("AE", 15));

	private static final Map<String, String> SISTER_CITIES = Map.of("JP", "jp-wakayama", "GB", "gb-coventry", "US",
			"us-sacramento", "CA", "ca-regina", "KR", "kr-suwon", "RU", "ru-nizhny-novgorod", "FI", "fi-vantaa", "FR",
			"fr-rennes", "DE", "de-augsburg", "IL", "il-kfar-saba");

	private static final List<String> CHAPTERS = List.of("09", "03", "08", "61", "62", "64", "84", "85", "87", "94",
			"39", "72", "30", "90", "33");

	private final OfficialStatistics statistics;

	SyntheticTradeStatistics(OfficialStatistics statistics) {
		this.statistics = statistics;
	}

	ImportRun load() {
		return statistics.importNow(OfficialStatistics.Layout.GENERIC, SOURCE, true, csv());
	}

	String csv() {
		Random random = new Random(20261129L);
		StringBuilder csv = new StringBuilder(
				"period,reporter,partner_country,partner_place,flow,hs_code,channel,value,currency\n");
		for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
			int years = month.getYear() - FIRST.getYear();
			double season = 1 + 0.15 * Math.sin(month.getMonthValue() / 12.0 * 2 * Math.PI);
			for (String country : COUNTRIES.keySet().stream().sorted().toList()) {
				boolean sister = SISTER_CITIES.containsKey(country);
				double trend = Math.pow(sister ? 1.09 : 1.05, years);
				for (String flow : List.of("EXPORT", "IMPORT")) {
					for (int i = 0; i < 2; i++) {
						String chapter = CHAPTERS.get(random.nextInt(CHAPTERS.size()));
						double value = COUNTRIES.get(country) * 40_000 * trend * season
								* (0.6 + random.nextDouble() * 0.8) * (flow.equals("IMPORT") ? 0.7 : 1);
						String place = sister && random.nextInt(3) == 0 ? SISTER_CITIES.get(country) : "";
						csv.append(month)
							.append(",cn-jinan,")
							.append(country)
							.append(',')
							.append(place)
							.append(',')
							.append(flow)
							.append(',')
							.append(chapter)
							.append(',')
							.append(channel(random, years))
							.append(',')
							.append(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString())
							.append(",USD\n");
					}
				}
			}
		}
		return csv.toString();
	}

	/**
	 * Cross-border e-commerce takes a growing share over the years, as the headline
	 * context says it did.
	 */
	private static String channel(Random random, int years) {
		double roll = random.nextDouble();
		double cbec = 0.06 + 0.02 * years;
		if (roll < cbec * 0.6) {
			return "CBEC_9610";
		}
		if (roll < cbec) {
			return "CBEC_1210";
		}
		if (roll < cbec + 0.08) {
			return roll < cbec + 0.05 ? "B2B_9710" : "B2B_9810";
		}
		return "GENERAL";
	}

}

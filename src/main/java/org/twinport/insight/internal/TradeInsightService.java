package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.twinport.insight.SourceKind;
import org.twinport.insight.TradeChannel;
import org.twinport.insight.TradeInsight;
import org.twinport.insight.internal.GrowthMath.Cell;
import org.twinport.insight.internal.RollupQueries.Key;
import org.twinport.insight.internal.RollupQueries.Sum;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.PartnershipQuery;
import org.twinport.shared.CountryNames;
import org.twinport.shared.HsChapters;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;

@Service
class TradeInsightService implements TradeInsight {

	private final JdbcClient jdbc;

	private final RollupQueries queries;

	private final ReportingCurrency reporting;

	private final NetworkDirectory network;

	private final CountryNames countries;

	private final HsChapters chapters;

	TradeInsightService(JdbcClient jdbc, RollupQueries queries, ReportingCurrency reporting, NetworkDirectory network,
			CountryNames countries, HsChapters chapters) {
		this.chapters = chapters;
		this.jdbc = jdbc;
		this.queries = queries;
		this.reporting = reporting;
		this.network = network;
		this.countries = countries;
	}

	@Override
	public Context context(SourceKind source) {
		LocalDate latest = jdbc.sql("select max(period) from insight.rollup_month where source_kind = :k")
			.param("k", source.name())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		List<SourceInfo> sources = jdbc.sql("select name, synthetic from insight.source where kind = :k order by name")
			.param("k", source.name())
			.query((rs, n) -> new SourceInfo(rs.getString(1), rs.getBoolean(2)))
			.list();
		return new Context(source, reporting.code(), latest == null ? null : YearMonth.from(latest), sources,
				sources.stream().anyMatch(SourceInfo::synthetic));
	}

	@Override
	public List<Point> totals(Filter filter, Granularity granularity) {
		check(filter);
		Map<String, BigDecimal[]> byPeriod = new TreeMap<>();
		for (Sum sum : queries.sums(filter, Key.NONE, true, List.of())) {
			String period = granularity == Granularity.YEAR ? String.valueOf(sum.period().getYear())
					: sum.period().toString();
			BigDecimal[] cell = byPeriod.computeIfAbsent(period,
					p -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			cell[sum.flow().equals("IMPORT") ? 0 : 1] = cell[sum.flow().equals("IMPORT") ? 0 : 1].add(sum.value());
		}
		String currency = reporting.code();
		return byPeriod.entrySet()
			.stream()
			.map(e -> new Point(e.getKey(), GrowthMath.money(e.getValue()[0], currency),
					GrowthMath.money(e.getValue()[1], currency),
					GrowthMath.money(e.getValue()[0].add(e.getValue()[1]), currency)))
			.toList();
	}

	@Override
	public List<YearGrowth> growth(Filter filter) {
		check(filter);
		Map<String, Map<YearMonth, Cell>> series = monthly(filter, Key.NONE, List.of(), true);
		YearMonth latest = cap(context(filter.source()).latest(), filter.to());
		String currency = reporting.code();
		List<YearGrowth> result = new ArrayList<>();
		for (int year : years(filter, series.get("ALL"), latest)) {
			int last = GrowthMath.lastMonth(year, latest);
			result.add(new YearGrowth(year, GrowthMath.months(last),
					GrowthMath.change(series.get("ALL"), year, last, currency),
					GrowthMath.change(series.get("IMPORT"), year, last, currency),
					GrowthMath.change(series.get("EXPORT"), year, last, currency)));
		}
		return result;
	}

	@Override
	public SisterComparison sisterCities(Filter filter) {
		check(filter);
		List<String> sisters = network.partnerships(new PartnershipQuery("SISTER_CITY", null, null, null), "en", 0, 500)
			.items()
			.stream()
			.map(p -> p.partner().countryCode())
			.distinct()
			.sorted()
			.toList();
		Map<String, Map<YearMonth, Cell>> series = monthly(filter, Key.SISTER, sisters, false);
		YearMonth latest = cap(context(filter.source()).latest(), filter.to());
		Map<YearMonth, Cell> all = new TreeMap<>(series.get("S"));
		series.get("O").forEach((month, cell) -> all.merge(month, cell, (a, b) -> a.plus(b.value(), b.records())));
		String currency = reporting.code();
		List<SisterYear> years = new ArrayList<>();
		for (int year : years(filter, all, latest)) {
			int last = GrowthMath.lastMonth(year, latest);
			years.add(new SisterYear(year, GrowthMath.months(last),
					GrowthMath.change(series.get("S"), year, last, currency),
					GrowthMath.change(series.get("O"), year, last, currency)));
		}
		return new SisterComparison(sisters, years);
	}

	@Override
	public List<Ranked> partners(Filter filter, boolean cities, int limit, String lang) {
		check(filter);
		Map<String, String> placeNames = new HashMap<>();
		if (cities) {
			network.places().forEach(p -> placeNames.put(p.code(), p.names().getOrDefault(lang, p.names().get("en"))));
		}
		Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang);
		return ranked(queries.sums(filter, cities ? Key.PLACE : Key.COUNTRY, false, List.of()),
				Math.clamp(limit, 1, 250),
				code -> cities ? placeNames.getOrDefault(code, code) : countries.name(code, locale));
	}

	@Override
	public List<Ranked> chapters(Filter filter, String lang) {
		check(filter);
		return ranked(queries.sums(filter, Key.CHAPTER, false, List.of()), 100, code -> chapters.name(code, lang));
	}

	@Override
	public Map<String, String> chapterNames(String lang) {
		return chapters.all(lang);
	}

	@Override
	public List<ChannelYear> channels(Filter filter) {
		check(filter);
		Map<Integer, BigDecimal[]> byYear = new TreeMap<>();
		for (Sum sum : queries.sums(filter, Key.CHANNEL, true, List.of())) {
			TradeChannel channel = TradeChannel.valueOf(sum.key());
			int slot = channel.crossBorderRetail() ? 0 : channel == TradeChannel.GENERAL ? 2 : 1;
			BigDecimal[] cell = byYear.computeIfAbsent(sum.period().getYear(),
					y -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			cell[slot] = cell[slot].add(sum.value());
		}
		String currency = reporting.code();
		return byYear.entrySet().stream().map(e -> {
			BigDecimal[] c = e.getValue();
			BigDecimal total = c[0].add(c[1]).add(c[2]);
			return new ChannelYear(e.getKey(), GrowthMath.money(c[0], currency), GrowthMath.money(c[1], currency),
					GrowthMath.money(c[2], currency), GrowthMath.money(total, currency),
					GrowthMath.percent(c[0], total));
		}).toList();
	}

	private List<Ranked> ranked(List<Sum> sums, int limit, java.util.function.Function<String, String> name) {
		Map<String, BigDecimal> byKey = new HashMap<>();
		sums.forEach(sum -> byKey.merge(sum.key(), sum.value(), BigDecimal::add));
		BigDecimal total = byKey.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		String currency = reporting.code();
		return byKey.entrySet()
			.stream()
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue()
				.reversed()
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(e -> new Ranked(e.getKey(), name.apply(e.getKey()), GrowthMath.money(e.getValue(), currency),
					GrowthMath.percent(e.getValue(), total)))
			.toList();
	}

	/**
	 * Monthly cells per series: ALL, IMPORT and EXPORT for {@link Key#NONE}, else one
	 * series per key. The range starts a year early so the first year asked for has its
	 * comparison.
	 */
	private Map<String, Map<YearMonth, Cell>> monthly(Filter filter, Key key, List<String> sisters, boolean byFlow) {
		Filter widened = filter.from() == null ? filter
				: new Filter(filter.source(), filter.from().minusYears(1).withMonth(1), filter.to(), filter.flow(),
						filter.partnerCountry(), filter.partnerPlace(), filter.channels(), filter.hsChapter(),
						filter.rawBaseline());
		Map<String, Map<YearMonth, Cell>> series = new HashMap<>();
		for (String name : List.of("ALL", "IMPORT", "EXPORT", "S", "O")) {
			series.put(name, new TreeMap<>());
		}
		for (Sum sum : queries.sums(widened, key, true, sisters)) {
			List<String> targets = byFlow ? List.of("ALL", sum.flow()) : List.of(sum.key());
			for (String target : targets) {
				series.get(target)
					.merge(sum.period(), new Cell(sum.value(), sum.records()),
							(a, b) -> a.plus(b.value(), b.records()));
			}
		}
		return series;
	}

	/**
	 * The years with data inside the filter's range, up to the latest month with data.
	 */
	private static List<Integer> years(Filter filter, Map<YearMonth, Cell> all, YearMonth latest) {
		TreeSet<Integer> years = new TreeSet<>();
		all.forEach((month, cell) -> {
			boolean inRange = (filter.from() == null || month.getYear() >= filter.from().getYear())
					&& (filter.to() == null || month.getYear() <= filter.to().getYear());
			if (inRange && cell.records() > 0 && (latest == null || !month.isAfter(latest))) {
				years.add(month.getYear());
			}
		});
		return new ArrayList<>(years);
	}

	/**
	 * Like with like also when the range ends mid-year: the same months of the year
	 * before.
	 */
	private static YearMonth cap(YearMonth latest, YearMonth to) {
		return latest == null || to == null || to.isAfter(latest) ? latest : to;
	}

	private static void check(Filter filter) {
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw new InvalidInputException("from", Reason.of("insight.problem.fromAfterTo"));
		}
	}

}

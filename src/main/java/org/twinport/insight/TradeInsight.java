package org.twinport.insight;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Money;

/**
 * The aggregates behind the dashboard, each for one source only (official and marketplace
 * figures are never added together), in the reporting currency. Growth compares like with
 * like: when the latest year is incomplete, the same months of the year before. A growth
 * whose previous figure is zero or missing is null, shown as "n/a".
 */
public interface TradeInsight {

	/**
	 * Filters every figure accepts; null means any.
	 *
	 * @param channels empty means any
	 * @param hsChapter two digits
	 * @param partnerPlace a network place code: only flows recorded for that city
	 * @param rawBaseline answer from the raw flows instead of the rollups (the
	 * benchmark's baseline)
	 */
	record Filter(SourceKind source, @Nullable YearMonth from, @Nullable YearMonth to, @Nullable FlowDirection flow,
			@Nullable String partnerCountry, @Nullable String partnerPlace, List<TradeChannel> channels,
			@Nullable String hsChapter, boolean rawBaseline) {

		public Filter {
			source = source == null ? SourceKind.OFFICIAL : source;
			channels = channels == null ? List.of() : List.copyOf(channels);
		}

		public static Filter official() {
			return new Filter(SourceKind.OFFICIAL, null, null, null, null, null, List.of(), null, false);
		}

		public Filter withSource(SourceKind kind) {
			return new Filter(kind, from, to, flow, partnerCountry, partnerPlace, channels, hsChapter, rawBaseline);
		}

		public Filter withPartner(@Nullable String country, @Nullable String place) {
			return new Filter(source, from, to, flow, country, place, channels, hsChapter, rawBaseline);
		}
	}

	enum Granularity {

		MONTH, YEAR

	}

	/**
	 * What the figures are made of: the reporting currency, the sources and whether any
	 * is synthetic.
	 */
	Context context(SourceKind source);

	List<Point> totals(Filter filter, Granularity granularity);

	List<YearGrowth> growth(Filter filter);

	/**
	 * @param cities rank network places instead of countries (only flows recorded with a
	 * partner city)
	 */
	List<Ranked> partners(Filter filter, boolean cities, int limit, String lang);

	/**
	 * The mix by HS chapter, each named by its HS 2022 title in the language.
	 * @param lang {@code zh} for Simplified Chinese, anything else for English
	 */
	List<Ranked> chapters(Filter filter, String lang);

	/** Every HS chapter's code and title in the language, in chapter order. */
	java.util.Map<String, String> chapterNames(String lang);

	List<ChannelYear> channels(Filter filter);

	SisterComparison sisterCities(Filter filter);

	/**
	 * @param latest the latest month with data for the source; null when there is none
	 * @param sources the sources' names, each with its synthetic flag
	 */
	record Context(SourceKind source, String reportingCurrency, @Nullable YearMonth latest, List<SourceInfo> sources,
			boolean synthetic) {
	}

	record SourceInfo(String name, boolean synthetic) {
	}

	/**
	 * @param period {@code 2024-03} or {@code 2024}
	 */
	record Point(String period, Money imports, Money exports, Money total) {
	}

	/**
	 * One year against the one before, over the same months.
	 *
	 * @param months the months compared, {@code 01-12} or, for an incomplete year, for
	 * example {@code 01-06}
	 */
	record YearGrowth(int year, String months, Change total, Change imports, Change exports) {
	}

	/**
	 * @param previous null when the previous period has no data
	 * @param absolute null when the previous period has no data
	 * @param percent null when the previous period is zero or has no data
	 * @param percentText the percent with one decimal, or {@code n/a}
	 */
	record Change(Money current, @Nullable Money previous, @Nullable Money absolute,
			java.math.@Nullable BigDecimal percent, String percentText) {
	}

	/**
	 * @param code a country (ISO alpha-2), a place code, or an HS chapter
	 * @param sharePercent of the total; null when the total is not positive
	 */
	record Ranked(String code, String name, Money value, java.math.@Nullable BigDecimal sharePercent) {
	}

	/**
	 * @param crossBorderSharePercent cross-border e-commerce retail (9610 and 1210) in
	 * the total; null for no trade
	 */
	record ChannelYear(int year, Money crossBorderRetail, Money b2b, Money general, Money total,
			java.math.@Nullable BigDecimal crossBorderSharePercent) {
	}

	/**
	 * @param sisterCountries the countries of the home city's sister cities (ISO alpha-2)
	 */
	record SisterComparison(List<String> sisterCountries, List<SisterYear> years) {
	}

	record SisterYear(int year, String months, Change sisterCountries, Change others) {
	}

}

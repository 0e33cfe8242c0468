package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.insight.TradeChannel;
import org.twinport.insight.TradeInsight.Filter;

/**
 * Sums of the reporting value grouped by month (or not), flow and one key, read from the
 * smallest table that can answer: the monthly rollup (no partner, no chapter), the
 * chapter rollup, the partner rollup, or — only when a country and a chapter are both
 * involved, or for the baseline — the raw flows. See docs/insight-storage.md.
 */
@Component
class RollupQueries {

	enum Key {

		NONE, COUNTRY, PLACE, CHAPTER, CHANNEL, SISTER

	}

	/**
	 * @param period null when not grouped by month
	 */
	record Sum(YearMonth period, String flow, String key, BigDecimal value, long records) {
	}

	private final JdbcClient jdbc;

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Sum> sums(Filter filter, Key key, boolean perMonth, Collection<String> sisterCountries) {
		boolean chapter = filter.hsChapter() != null || key == Key.CHAPTER;
		boolean partner = filter.partnerCountry() != null || filter.partnerPlace() != null || key == Key.COUNTRY
				|| key == Key.PLACE || key == Key.SISTER;
		boolean raw = filter.rawBaseline() || (chapter && partner);
		// Countries alone (no channel, city or chapter) from the country rollup, five
		// times
		// smaller than the partner rollup.
		boolean countriesOnly = partner && !chapter && filter.channels().isEmpty() && filter.partnerPlace() == null
				&& key != Key.PLACE && key != Key.CHANNEL;
		String table = raw ? "insight.trade_flow" : !chapter && !partner ? "insight.rollup_month" : chapter
				? "insight.rollup_chapter" : countriesOnly ? "insight.rollup_country" : "insight.rollup_partner";
		String place = raw ? "coalesce(partner_place, '')" : "partner_place";
		String keyExpr = switch (key) {
			case NONE -> "''";
			case COUNTRY -> "partner_country";
			case PLACE -> place;
			case CHAPTER -> "hs_chapter";
			case CHANNEL -> "channel";
			case SISTER -> "case when partner_country in (:sisters) then 'S' else 'O' end";
		};
		String records = raw ? "count(*)" : "sum(records)";
		StringBuilder sql = new StringBuilder("select ").append(perMonth ? "period" : "null::date")
			.append(", flow, ")
			.append(keyExpr)
			.append(" as k, sum(reporting_value), ")
			.append(records)
			.append(" from ")
			.append(table)
			.append(" where source_kind = :source");
		List<Object[]> params = new ArrayList<>();
		params.add(new Object[] { "source", filter.source().name() });
		if (filter.from() != null) {
			sql.append(" and period >= :from");
			params.add(new Object[] { "from", filter.from().atDay(1) });
		}
		if (filter.to() != null) {
			sql.append(" and period <= :to");
			params.add(new Object[] { "to", filter.to().atDay(1) });
		}
		if (filter.flow() != null) {
			sql.append(" and flow = :flow");
			params.add(new Object[] { "flow", filter.flow().name() });
		}
		if (filter.partnerCountry() != null) {
			sql.append(" and partner_country = :country");
			params.add(new Object[] { "country", filter.partnerCountry() });
		}
		if (filter.partnerPlace() != null) {
			sql.append(" and ").append(place).append(" = :place");
			params.add(new Object[] { "place", filter.partnerPlace() });
		}
		else if (key == Key.PLACE) {
			sql.append(" and ").append(place).append(" <> ''");
		}
		if (!filter.channels().isEmpty()) {
			sql.append(" and channel in (:channels)");
			params.add(new Object[] { "channels", filter.channels().stream().map(TradeChannel::name).toList() });
		}
		if (filter.hsChapter() != null) {
			sql.append(" and hs_chapter = :chapter");
			params.add(new Object[] { "chapter", filter.hsChapter() });
		}
		if (key == Key.SISTER) {
			// A sentinel keeps "in (...)" valid when the network has no sister city.
			List<String> sisters = new ArrayList<>(sisterCountries);
			sisters.add("--");
			params.add(new Object[] { "sisters", sisters });
		}
		sql.append(" group by 1, 2, 3");
		var spec = jdbc.sql(sql.toString());
		for (Object[] param : params) {
			spec = spec.param((String) param[0], param[1]);
		}
		return spec.query((rs, n) -> {
			LocalDate period = rs.getObject(1, LocalDate.class);
			return new Sum(period == null ? null : YearMonth.from(period), rs.getString(2), rs.getString(3).strip(),
					rs.getBigDecimal(4), rs.getLong(5));
		}).list();
	}

}

package org.twinport.insight.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Writes flows and keeps the four rollups current in the same transaction: imports
 * recompute the months they replaced, single orders add their delta.
 */
@Component
class FlowStore {

	private static final String INSERT = """
			insert into insight.trade_flow (source_kind, source, period, reporter, partner_country, partner_place, flow,
			  hs_code, channel, value, currency, reporting_value, reporting_currency, fx_set_id, quantity, unit, order_id,
			  line_no, reversal, refund_key)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	FlowStore(JdbcTemplate template, JdbcClient jdbc) {
		this.template = template;
		this.jdbc = jdbc;
	}

	void ensureSource(String name, String kind, boolean synthetic) {
		jdbc.sql("""
				insert into insight.source (name, kind, synthetic) values (:n, :k, :s)
				on conflict (name) do update set synthetic = excluded.synthetic""")
			.param("n", name)
			.param("k", kind)
			.param("s", synthetic)
			.update();
		String kindNow = jdbc.sql("select kind from insight.source where name = :n")
			.param("n", name)
			.query(String.class)
			.single();
		if (!kindNow.equals(kind)) {
			throw new InvalidInputException("source", Reason.of("insight.problem.sourceTaken." + kindNow));
		}
	}

	void insert(List<FlowRow> rows) {
		template.batchUpdate(INSERT, rows, 1000, (ps, r) -> {
			ps.setString(1, r.sourceKind());
			ps.setString(2, r.source());
			ps.setDate(3, Date.valueOf(r.period()));
			ps.setString(4, r.reporter());
			ps.setString(5, r.partnerCountry());
			ps.setString(6, r.partnerPlace());
			ps.setString(7, r.flow());
			ps.setString(8, r.hsCode());
			ps.setString(9, r.channel());
			ps.setBigDecimal(10, r.value());
			ps.setString(11, r.currency());
			ps.setBigDecimal(12, r.reportingValue());
			ps.setString(13, r.reportingCurrency());
			ps.setObject(14, r.fxSetId());
			ps.setBigDecimal(15, r.quantity());
			ps.setString(16, r.unit());
			ps.setString(17, r.orderId());
			ps.setObject(18, r.lineNo());
			ps.setBoolean(19, r.reversal());
			ps.setString(20, r.refundKey());
		});
	}

	void deleteSourcePeriods(String source, Collection<LocalDate> periods) {
		if (periods.isEmpty()) {
			return;
		}
		jdbc.sql("delete from insight.trade_flow where source = :s and period in (:p)")
			.param("s", source)
			.param("p", List.copyOf(periods))
			.update();
	}

	/** Rebuilds the rollups for some months of one source kind from the raw flows. */
	void recomputeRollups(String sourceKind, Collection<LocalDate> periods) {
		if (periods.isEmpty()) {
			return;
		}
		// One statement per table for all the months: an import touches over a hundred of
		// them at once.
		List<LocalDate> months = List.copyOf(periods);
		for (String table : List.of("rollup_chapter", "rollup_partner", "rollup_month", "rollup_country")) {
			jdbc.sql("delete from insight." + table + " where source_kind = :k and period in (:p)")
				.param("k", sourceKind)
				.param("p", months)
				.update();
		}
		jdbc.sql(
				"""
						insert into insight.rollup_chapter (source_kind, period, flow, channel, hs_chapter, reporting_value, records)
						select source_kind, period, flow, channel, hs_chapter, sum(reporting_value), count(*)
						from insight.trade_flow where source_kind = :k and period in (:p)
						group by source_kind, period, flow, channel, hs_chapter""")
			.param("k", sourceKind)
			.param("p", months)
			.update();
		jdbc.sql("""
				insert into insight.rollup_partner (source_kind, period, flow, channel, partner_country, partner_place,
				  reporting_value, records)
				select source_kind, period, flow, channel, partner_country, coalesce(partner_place, ''),
				  sum(reporting_value), count(*)
				from insight.trade_flow where source_kind = :k and period in (:p)
				group by source_kind, period, flow, channel, partner_country, coalesce(partner_place, '')""")
			.param("k", sourceKind)
			.param("p", months)
			.update();
		jdbc.sql("""
				insert into insight.rollup_month (source_kind, period, flow, channel, reporting_value, records)
				select source_kind, period, flow, channel, sum(reporting_value), sum(records)
				from insight.rollup_chapter where source_kind = :k and period in (:p)
				group by source_kind, period, flow, channel""").param("k", sourceKind).param("p", months).update();
		jdbc.sql(
				"""
						insert into insight.rollup_country (source_kind, period, flow, partner_country, reporting_value, records)
						select source_kind, period, flow, partner_country, sum(reporting_value), sum(records)
						from insight.rollup_partner where source_kind = :k and period in (:p)
						group by source_kind, period, flow, partner_country""")
			.param("k", sourceKind)
			.param("p", months)
			.update();
	}

	/**
	 * Adds single rows to the rollups, for order events: cheaper than recomputing a
	 * month.
	 */
	void addToRollups(List<FlowRow> rows) {
		for (FlowRow r : rows) {
			jdbc.sql(
					"""
							insert into insight.rollup_chapter as t (source_kind, period, flow, channel, hs_chapter, reporting_value, records)
							values (:k, :p, :f, :c, :h, :v, 1)
							on conflict (source_kind, period, flow, channel, hs_chapter)
							do update set reporting_value = t.reporting_value + excluded.reporting_value, records = t.records + 1""")
				.param("k", r.sourceKind())
				.param("p", r.period())
				.param("f", r.flow())
				.param("c", r.channel())
				.param("h", r.hsCode().substring(0, 2))
				.param("v", r.reportingValue())
				.update();
			jdbc.sql(
					"""
							insert into insight.rollup_partner as t (source_kind, period, flow, channel, partner_country, partner_place,
							  reporting_value, records)
							values (:k, :p, :f, :c, :country, :place, :v, 1)
							on conflict (source_kind, period, flow, channel, partner_country, partner_place)
							do update set reporting_value = t.reporting_value + excluded.reporting_value, records = t.records + 1""")
				.param("k", r.sourceKind())
				.param("p", r.period())
				.param("f", r.flow())
				.param("c", r.channel())
				.param("country", r.partnerCountry())
				.param("place", r.partnerPlace() == null ? "" : r.partnerPlace())
				.param("v", r.reportingValue())
				.update();
			jdbc.sql(
					"""
							insert into insight.rollup_month as t (source_kind, period, flow, channel, reporting_value, records)
							values (:k, :p, :f, :c, :v, 1)
							on conflict (source_kind, period, flow, channel)
							do update set reporting_value = t.reporting_value + excluded.reporting_value, records = t.records + 1""")
				.param("k", r.sourceKind())
				.param("p", r.period())
				.param("f", r.flow())
				.param("c", r.channel())
				.param("v", r.reportingValue())
				.update();
			jdbc.sql(
					"""
							insert into insight.rollup_country as t (source_kind, period, flow, partner_country, reporting_value,
							  records)
							values (:k, :p, :f, :country, :v, 1)
							on conflict (source_kind, period, flow, partner_country)
							do update set reporting_value = t.reporting_value + excluded.reporting_value, records = t.records + 1""")
				.param("k", r.sourceKind())
				.param("p", r.period())
				.param("f", r.flow())
				.param("country", r.partnerCountry())
				.param("v", r.reportingValue())
				.update();
		}
	}

}

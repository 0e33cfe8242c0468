package org.twinport.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.FxRates.RateSet;
import org.twinport.insight.MarketplaceFlows;
import org.twinport.insight.SourceKind;
import org.twinport.shared.InvalidInputException;

@Service
class JdbcMarketplaceFlows implements MarketplaceFlows {

	static final String SOURCE = "Twinport marketplace";

	private final JdbcClient jdbc;

	private final FlowStore store;

	private final ReportingCurrency reporting;

	JdbcMarketplaceFlows(JdbcClient jdbc, FlowStore store, ReportingCurrency reporting) {
		this.jdbc = jdbc;
		this.store = store;
		this.reporting = reporting;
	}

	@Override
	@Transactional
	public boolean recordMarketplaceFlow(OrderFlow order) {
		List<FlowRow> rows = rows(order);
		lock(order.orderId());
		if (exists(order.orderId(), false)) {
			return false;
		}
		store.ensureSource(SOURCE, SourceKind.MARKETPLACE.name(), false);
		store.insert(rows);
		store.addToRollups(rows);
		return true;
	}

	@Override
	@Transactional
	public boolean reverseMarketplaceFlow(String orderId, LocalDate refundedOn) {
		if (orderId == null || orderId.isBlank()) {
			throw new InvalidInputException("orderId", "is required");
		}
		if (refundedOn == null) {
			throw new InvalidInputException("refundedOn", "is required");
		}
		lock(orderId);
		if (!exists(orderId, false) || exists(orderId, true)) {
			return false;
		}
		LocalDate period = refundedOn.withDayOfMonth(1);
		// The reversal negates the stored values rather than converting again: the order
		// nets to exactly zero.
		List<FlowRow> reversals = jdbc.sql("""
				select source, reporter, partner_country, partner_place, flow, hs_code, channel, value, currency,
				  reporting_value, reporting_currency, fx_set_id, quantity, unit, line_no
				from insight.trade_flow where order_id = :o and not reversal order by line_no""")
			.param("o", orderId)
			.query((rs, n) -> new FlowRow(SourceKind.MARKETPLACE.name(), rs.getString(1), period, rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getBigDecimal(8).negate(), rs.getString(9), rs.getBigDecimal(10).negate(), rs.getString(11),
					(Long) rs.getObject(12), rs.getBigDecimal(13) == null ? null : rs.getBigDecimal(13).negate(),
					rs.getString(14), orderId, rs.getInt(15), true))
			.list();
		store.insert(reversals);
		store.addToRollups(reversals);
		return true;
	}

	private List<FlowRow> rows(OrderFlow order) {
		if (order == null || order.orderId() == null || order.orderId().isBlank() || order.orderId().length() > 100) {
			throw new InvalidInputException("orderId", "is required (at most 100 characters)");
		}
		if (order.paidOn() == null) {
			throw new InvalidInputException("paidOn", "is required");
		}
		if (order.reporter() == null || order.reporter().isBlank()) {
			throw new InvalidInputException("reporter", "is required");
		}
		if (order.flow() == null) {
			throw new InvalidInputException("flow", "is required");
		}
		String country = FlowRules.country(order.partnerCountry(), "partnerCountry");
		if (order.lines() == null || order.lines().isEmpty()) {
			throw new InvalidInputException("lines", "must hold at least one line");
		}
		LocalDate period = order.paidOn().withDayOfMonth(1);
		List<RateSet> sets = reporting.sets();
		List<FlowRow> rows = new ArrayList<>();
		for (int i = 0; i < order.lines().size(); i++) {
			Line line = order.lines().get(i);
			String field = "lines[" + i + "]";
			if (line.channel() == null) {
				throw new InvalidInputException(field + ".channel", "is required");
			}
			if (line.value() == null || line.value().isNegative()) {
				throw new InvalidInputException(field + ".value", "is required and must not be negative");
			}
			var converted = reporting.convert(line.value().amount(), line.value().currency(), period, sets);
			rows.add(new FlowRow(SourceKind.MARKETPLACE.name(), SOURCE, period, order.reporter().strip(), country,
					order.partnerPlace(), order.flow().name(), FlowRules.hsCode(line.hsCode(), field + ".hsCode"),
					line.channel().name(), line.value().amount(), line.value().currency(), converted.value(),
					reporting.code(), converted.fxSetId(), line.quantity(), line.unit(), order.orderId(), i, false));
		}
		return rows;
	}

	private void lock(String orderId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('insight-order:' || :o))")
			.param("o", orderId)
			.query()
			.listOfRows();
	}

	private boolean exists(String orderId, boolean reversal) {
		return jdbc.sql("select exists (select 1 from insight.trade_flow where order_id = :o and reversal = :r)")
			.param("o", orderId)
			.param("r", reversal)
			.query(Boolean.class)
			.single();
	}

}

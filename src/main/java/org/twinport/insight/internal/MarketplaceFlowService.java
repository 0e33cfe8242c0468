package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.twinport.shared.Reason;

@Service
class MarketplaceFlowService implements MarketplaceFlows {

	static final String SOURCE = "Twinport marketplace";

	static final String FULL = "full";

	private final JdbcClient jdbc;

	private final FlowStore store;

	private final ReportingCurrency reporting;

	MarketplaceFlowService(JdbcClient jdbc, FlowStore store, ReportingCurrency reporting) {
		this.jdbc = jdbc;
		this.store = store;
		this.reporting = reporting;
	}

	@Override
	@Transactional
	public boolean recordMarketplaceFlow(OrderFlow order) {
		List<FlowRow> rows = rows(order);
		lock(order.orderId());
		if (recorded(order.orderId())) {
			return false;
		}
		store.ensureSource(SOURCE, SourceKind.MARKETPLACE.name(), false);
		store.insert(rows);
		store.addToRollups(rows);
		// Refunds whose events overtook the payment's.
		jdbc.sql("""
				select order_id, refund_key, refunded_on, share, full_refund from insight.marketplace_refund
				where order_id = :o and applied_at is null order by refunded_on, received_at""")
			.param("o", order.orderId())
			.query((rs, n) -> new Refund(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getBigDecimal(4), rs.getBoolean(5)))
			.list()
			.forEach(this::apply);
		return true;
	}

	@Override
	public boolean reverseMarketplaceFlow(String orderId, LocalDate refundedOn) {
		return reverseMarketplaceFlow(new Refund(orderId, FULL, refundedOn, BigDecimal.ONE, true));
	}

	@Override
	@Transactional
	public boolean reverseMarketplaceFlow(Refund refund) {
		check(refund);
		lock(refund.orderId());
		int added = jdbc.sql("""
				insert into insight.marketplace_refund (order_id, refund_key, refunded_on, share, full_refund)
				values (:o, :k, :d, :s, :f) on conflict do nothing""")
			.param("o", refund.orderId())
			.param("k", refund.refundKey())
			.param("d", refund.refundedOn())
			.param("s", refund.share())
			.param("f", refund.full())
			.update();
		if (added == 0) {
			return false;
		}
		if (recorded(refund.orderId())) {
			apply(refund);
		}
		return true;
	}

	/**
	 * Writes one refund's reversal lines. Values stay in each line's own currency and its
	 * recorded reporting value: no second conversion, so a full refund nets to zero.
	 */
	private void apply(Refund refund) {
		LocalDate period = refund.refundedOn().withDayOfMonth(1);
		List<FlowRow> reversals = jdbc
			.sql("""
					select o.source, o.reporter, o.partner_country, o.partner_place, o.flow, o.hs_code, o.channel,
					  o.value, o.currency, o.reporting_value, o.reporting_currency, o.fx_set_id, o.quantity, o.unit, o.line_no,
					  o.value + coalesce(sum(r.value), 0), o.reporting_value + coalesce(sum(r.reporting_value), 0),
					  o.quantity + coalesce(sum(r.quantity), 0)
					from insight.trade_flow o
					left join insight.trade_flow r on r.order_id = o.order_id and r.line_no = o.line_no and r.reversal
					where o.order_id = :o and not o.reversal
					group by o.id order by o.line_no""")
			.param("o", refund.orderId())
			.query((rs, n) -> new FlowRow(SourceKind.MARKETPLACE.name(), rs.getString(1), period, rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					reversed(rs.getBigDecimal(8), rs.getBigDecimal(16), refund, 4), rs.getString(9),
					reversed(rs.getBigDecimal(10), rs.getBigDecimal(17), refund, 2), rs.getString(11),
					(Long) rs.getObject(12), reversed(rs.getBigDecimal(13), rs.getBigDecimal(18), refund, 4),
					rs.getString(14), refund.orderId(), rs.getInt(15), true, refund.refundKey()))
			.list()
			.stream()
			.filter(row -> row.value().signum() != 0 || row.reportingValue().signum() != 0)
			.toList();
		store.insert(reversals);
		store.addToRollups(reversals);
		jdbc.sql("update insight.marketplace_refund set applied_at = now() where order_id = :o and refund_key = :k")
			.param("o", refund.orderId())
			.param("k", refund.refundKey())
			.update();
	}

	/**
	 * The negative amount a refund takes off one line: its share of the original, never
	 * more than still stands; the completing refund takes all that stands.
	 */
	static BigDecimal reversed(BigDecimal original, BigDecimal standing, Refund refund, int scale) {
		if (original == null) {
			return null;
		}
		if (refund.full()) {
			return standing.negate();
		}
		BigDecimal share = original.multiply(refund.share()).setScale(scale, RoundingMode.HALF_UP);
		return share.min(standing.max(BigDecimal.ZERO)).negate();
	}

	private static void check(Refund refund) {
		if (refund == null || refund.orderId() == null || refund.orderId().isBlank()) {
			throw new InvalidInputException("orderId", Reason.of("problem.required"));
		}
		if (refund.refundKey() == null || refund.refundKey().isBlank() || refund.refundKey().length() > 100) {
			throw new InvalidInputException("refundKey", Reason.of("insight.problem.required100"));
		}
		if (refund.refundedOn() == null) {
			throw new InvalidInputException("refundedOn", Reason.of("problem.required"));
		}
		if (refund.share() == null || refund.share().signum() <= 0 || refund.share().compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidInputException("share", Reason.of("insight.problem.share"));
		}
	}

	private List<FlowRow> rows(OrderFlow order) {
		if (order == null || order.orderId() == null || order.orderId().isBlank() || order.orderId().length() > 100) {
			throw new InvalidInputException("orderId", Reason.of("insight.problem.required100"));
		}
		if (order.paidOn() == null) {
			throw new InvalidInputException("paidOn", Reason.of("problem.required"));
		}
		if (order.reporter() == null || order.reporter().isBlank()) {
			throw new InvalidInputException("reporter", Reason.of("problem.required"));
		}
		if (order.flow() == null) {
			throw new InvalidInputException("flow", Reason.of("problem.required"));
		}
		String country = FlowRules.country(order.partnerCountry(), "partnerCountry");
		if (order.lines() == null || order.lines().isEmpty()) {
			throw new InvalidInputException("lines", Reason.of("insight.problem.lines"));
		}
		LocalDate period = order.paidOn().withDayOfMonth(1);
		List<RateSet> sets = reporting.sets();
		List<FlowRow> rows = new ArrayList<>();
		for (int i = 0; i < order.lines().size(); i++) {
			Line line = order.lines().get(i);
			String field = "lines[" + i + "]";
			if (line.channel() == null) {
				throw new InvalidInputException(field + ".channel", Reason.of("problem.required"));
			}
			if (line.value() == null || line.value().isNegative()) {
				throw new InvalidInputException(field + ".value", Reason.of("insight.problem.lineValue"));
			}
			var converted = reporting.convert(line.value().amount(), line.value().currency(), period, sets);
			rows.add(new FlowRow(SourceKind.MARKETPLACE.name(), SOURCE, period, order.reporter().strip(), country,
					order.partnerPlace(), order.flow().name(), FlowRules.hsCode(line.hsCode(), field + ".hsCode"),
					line.channel().name(), line.value().amount(), line.value().currency(), converted.value(),
					reporting.code(), converted.fxSetId(), line.quantity(), line.unit(), order.orderId(), i, false,
					null));
		}
		return rows;
	}

	private void lock(String orderId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('insight-order:' || :o))")
			.param("o", orderId)
			.query()
			.listOfRows();
	}

	private boolean recorded(String orderId) {
		return jdbc.sql("select exists (select 1 from insight.trade_flow where order_id = :o and not reversal)")
			.param("o", orderId)
			.query(Boolean.class)
			.single();
	}

}

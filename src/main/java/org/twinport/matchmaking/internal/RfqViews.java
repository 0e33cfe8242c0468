package org.twinport.matchmaking.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.matchmaking.QuoteView;
import org.twinport.matchmaking.RfqStatus;
import org.twinport.matchmaking.RfqView;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/** Reads RFQs and quotes as their views; who may see what is {@link SourcingService}'s. */
@Component
class RfqViews {

	private static final String RFQ_SELECT = """
			select r.*, c.name as buyer_name, (select count(*) from matchmaking.quote q where q.rfq_id = r.id) as quotes
			from matchmaking.rfq r join matchmaking.company c on c.id = r.buyer_company_id""";

	private static final String QUOTE_SELECT = """
			select q.*, c.name as supplier_name from matchmaking.quote q
			join matchmaking.company c on c.id = q.supplier_company_id""";

	private final JdbcClient jdbc;

	RfqViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest 500 RFQs, with their quote counts. */
	List<RfqView> all() {
		return jdbc.sql(RFQ_SELECT + " order by r.id desc limit 500").query((rs, n) -> rfq(rs, true)).list();
	}

	/** The latest 500 open RFQs and this company's own; its own with their quote counts. */
	List<RfqView> openOr(long ownCompany) {
		return jdbc
			.sql(RFQ_SELECT + " where r.status = 'OPEN' or r.buyer_company_id = :me order by r.id desc limit 500")
			.param("me", ownCompany)
			.query((rs, n) -> rfq(rs, rs.getLong("buyer_company_id") == ownCompany))
			.list();
	}

	/** @param countsQuotes whether the view carries the quote count, given the buyer */
	RfqView rfq(long id, LongPredicate countsQuotes) {
		return jdbc.sql(RFQ_SELECT + " where r.id = :id")
			.param("id", id)
			.query((rs, n) -> rfq(rs, countsQuotes.test(rs.getLong("buyer_company_id"))))
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noRfq")));
	}

	/** Cheapest first. */
	List<QuoteView> quotes(long rfqId) {
		return jdbc.sql(QUOTE_SELECT + " where q.rfq_id = :rfq order by q.unit_amount, q.id")
			.param("rfq", rfqId)
			.query(RfqViews::quote)
			.list();
	}

	Optional<QuoteView> quote(long rfqId, long supplierCompanyId) {
		return jdbc.sql(QUOTE_SELECT + " where q.rfq_id = :rfq and q.supplier_company_id = :supplier")
			.param("rfq", rfqId)
			.param("supplier", supplierCompanyId)
			.query(RfqViews::quote)
			.optional();
	}

	QuoteView quote(long id) {
		return jdbc.sql(QUOTE_SELECT + " where q.id = :id")
			.param("id", id)
			.query(RfqViews::quote)
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noQuote")));
	}

	private static QuoteView quote(ResultSet rs, int n) throws SQLException {
		return new QuoteView(rs.getLong("id"), rs.getLong("rfq_id"), rs.getLong("supplier_company_id"),
				rs.getString("supplier_name"),
				new Money(rs.getBigDecimal("unit_amount"), rs.getString("currency")).rounded(),
				rs.getBigDecimal("moq").stripTrailingZeros(), rs.getInt("lead_time_days"), rs.getString("incoterm"),
				rs.getObject("valid_until", LocalDate.class), rs.getInt("revision"), rs.getString("status"));
	}

	private static RfqView rfq(ResultSet rs, boolean withQuoteCount) throws SQLException {
		BigDecimal target = rs.getBigDecimal("target_amount");
		return new RfqView(rs.getLong("id"), rs.getLong("buyer_company_id"), rs.getString("buyer_name"),
				rs.getString("product"), rs.getString("hs_code"), rs.getString("category"),
				rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"),
				target == null ? null : new Money(target, rs.getString("target_currency")).rounded(),
				rs.getString("incoterm"), rs.getString("destination"), rs.getObject("deadline", LocalDate.class),
				RfqStatus.valueOf(rs.getString("status")), (Long) rs.getObject("awarded_quote_id"),
				withQuoteCount ? rs.getInt("quotes") : null, rs.getTimestamp("created_at").toInstant());
	}

}

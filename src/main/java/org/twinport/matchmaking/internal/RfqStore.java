package org.twinport.matchmaking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.twinport.matchmaking.QuoteAccepted;
import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.RfqDraft;
import org.twinport.matchmaking.RfqStatus;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.Reason;

/**
 * The only writer of {@code matchmaking.rfq} and {@code matchmaking.quote}. An {@link Rfq}
 * is loaded with its row locked until the transaction ends, so changes to one RFQ (two
 * quotes from one supplier, an award while a quote arrives, two awards) take turns and
 * each sees the one before. The updates stay conditional on the state they change from,
 * as a second guard.
 */
@Repository
class RfqStore {

	private final JdbcClient jdbc;

	RfqStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(long buyerCompanyId, RfqDraft d) {
		Money target = d.targetUnitPrice();
		return jdbc
			.sql("""
					insert into matchmaking.rfq (buyer_company_id, product, hs_code, category, quantity, unit, target_amount,
					  target_currency, incoterm, destination, deadline)
					values (:buyer, :product, :hs, :category, :quantity, :unit, :amount, :currency, :incoterm, :destination,
					  :deadline) returning id""")
			.param("buyer", buyerCompanyId)
			.param("product", d.product())
			.param("hs", d.hsCode())
			.param("category", d.category())
			.param("quantity", d.quantity())
			.param("unit", d.unit())
			.param("amount", target == null ? null : target.amount())
			.param("currency", target == null ? null : target.currency())
			.param("incoterm", d.incoterm())
			.param("destination", d.destination())
			.param("deadline", d.deadline())
			.query(Long.class)
			.single();
	}

	/** The RFQ with its quotes, its row locked for change until the transaction ends. */
	Rfq lockForChange(long id) {
		Locked row = jdbc.sql("""
				select r.*, c.merchant_id from matchmaking.rfq r join matchmaking.company c on c.id = r.buyer_company_id
				where r.id = :id for update of r""")
			.param("id", id)
			.query((rs, n) -> new Locked(rs.getLong("buyer_company_id"), (Long) rs.getObject("merchant_id"),
					new Rfq.Wanted(rs.getString("product"), rs.getString("hs_code"),
							rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"),
							rs.getString("destination")),
					RfqStatus.valueOf(rs.getString("status")), (Long) rs.getObject("awarded_quote_id")))
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noRfq")));
		List<RfqQuote> quotes = jdbc.sql("""
				select q.*, c.merchant_id from matchmaking.quote q join matchmaking.company c on c.id = q.supplier_company_id
				where q.rfq_id = :id order by q.id""").param("id", id).query(RfqStore::quote).list();
		return new Rfq(id, row.buyerCompanyId(), row.buyerMerchantId(), row.wanted(), row.status(),
				row.awardedQuoteId(), quotes);
	}

	private record Locked(long buyerCompanyId, @Nullable Long buyerMerchantId, Rfq.Wanted wanted, RfqStatus status,
			@Nullable Long awardedQuoteId) {
	}

	/** Writes what the RFQ's transitions did since it was loaded. */
	void save(Rfq rfq) {
		for (Object event : rfq.events()) {
			switch (event) {
				case RfqEvent.Closed closed -> close(closed.rfqId());
				case RfqEvent.QuoteSubmitted submitted -> insert(submitted.rfqId(), submitted.quote());
				case RfqEvent.QuoteRevised revised -> revise(revised.quote());
				case QuoteAccepted accepted -> award(accepted);
				default -> throw new IllegalArgumentException("Not an RFQ event: " + event);
			}
		}
	}

	private void insert(long rfqId, RfqQuote quote) {
		QuoteDraft q = quote.terms();
		try {
			jdbc.sql("""
					insert into matchmaking.quote (rfq_id, supplier_company_id, unit_amount, currency, moq, lead_time_days,
					  incoterm, valid_until)
					values (:rfq, :supplier, :amount, :currency, :moq, :lead, :incoterm, :valid)""")
				.param("rfq", rfqId)
				.param("supplier", quote.supplierCompanyId())
				.param("amount", q.unitPrice().amount())
				.param("currency", q.unitPrice().currency())
				.param("moq", q.moq())
				.param("lead", q.leadTimeDays())
				.param("incoterm", q.incoterm())
				.param("valid", q.validUntil())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new StateConflictException(Reason.of("matchmaking.problem.quotedAlready"));
		}
	}

	private void revise(RfqQuote quote) {
		QuoteDraft q = quote.terms();
		int changed = jdbc
			.sql("""
					update matchmaking.quote set unit_amount = :amount, currency = :currency, moq = :moq, lead_time_days = :lead,
					  incoterm = :incoterm, valid_until = :valid, revision = :revision, updated_at = now()
					where id = :id and revision = :revision - 1 and status = 'SUBMITTED'""")
			.param("amount", q.unitPrice().amount())
			.param("currency", q.unitPrice().currency())
			.param("moq", q.moq())
			.param("lead", q.leadTimeDays())
			.param("incoterm", q.incoterm())
			.param("valid", q.validUntil())
			.param("revision", quote.revision())
			.param("id", quote.id())
			.update();
		if (changed == 0) {
			throw new StateConflictException(Reason.of("matchmaking.problem.revisedOnce"));
		}
	}

	private void close(long rfqId) {
		int changed = jdbc.sql("update matchmaking.rfq set status = 'CLOSED' where id = :id and status = 'OPEN'")
			.param("id", rfqId)
			.update();
		if (changed == 0) {
			throw new StateConflictException(Reason.of("matchmaking.problem.closeOpenOnly"));
		}
	}

	private void award(QuoteAccepted accepted) {
		int changed = jdbc
			.sql("update matchmaking.rfq set status = 'AWARDED', awarded_quote_id = :q where id = :r and status = 'OPEN'")
			.param("q", accepted.quoteId())
			.param("r", accepted.rfqId())
			.update();
		if (changed == 0) {
			throw new StateConflictException(Reason.of("matchmaking.problem.noLongerOpen"));
		}
		jdbc.sql(
				"update matchmaking.quote set status = case when id = :q then 'ACCEPTED' else 'NOT_SELECTED' end where rfq_id = :r")
			.param("q", accepted.quoteId())
			.param("r", accepted.rfqId())
			.update();
	}

	private static RfqQuote quote(ResultSet rs, int n) throws SQLException {
		QuoteDraft terms = new QuoteDraft(new Money(rs.getBigDecimal("unit_amount"), rs.getString("currency")).rounded(),
				rs.getBigDecimal("moq").stripTrailingZeros(), rs.getInt("lead_time_days"), rs.getString("incoterm"),
				rs.getObject("valid_until", LocalDate.class));
		return new RfqQuote(rs.getLong("id"), rs.getLong("supplier_company_id"), (Long) rs.getObject("merchant_id"),
				terms, rs.getInt("revision"), RfqQuote.Status.valueOf(rs.getString("status")));
	}

}

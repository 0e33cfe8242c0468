package org.twinport.matchmaking.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.QuoteAccepted;
import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.QuoteView;
import org.twinport.matchmaking.RfqDraft;
import org.twinport.matchmaking.RfqStatus;
import org.twinport.matchmaking.RfqView;
import org.twinport.matchmaking.Sourcing;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

@Service
public class JdbcSourcing implements Sourcing {

	private static final String RFQ_SELECT = """
			select r.*, c.name as buyer_name, (select count(*) from matchmaking.quote q where q.rfq_id = r.id) as quotes
			from matchmaking.rfq r join matchmaking.company c on c.id = r.buyer_company_id""";

	private static final String QUOTE_SELECT = """
			select q.*, c.name as supplier_name, r.buyer_company_id from matchmaking.quote q
			join matchmaking.company c on c.id = q.supplier_company_id join matchmaking.rfq r on r.id = q.rfq_id""";

	private final JdbcClient jdbc;

	private final JdbcCompanies companies;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	JdbcSourcing(JdbcClient jdbc, JdbcCompanies companies, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.events = events;
	}

	@Override
	@Transactional
	public RfqView create(TwinportUser user, RfqDraft draft) {
		long buyer = acting(user);
		RfqDraft d = SourcingRules.checked(draft, LocalDate.now(clock));
		Money target = d.targetUnitPrice();
		long id = jdbc
			.sql("""
					insert into matchmaking.rfq (buyer_company_id, product, hs_code, category, quantity, unit, target_amount,
					  target_currency, incoterm, destination, deadline)
					values (:buyer, :product, :hs, :category, :quantity, :unit, :amount, :currency, :incoterm, :destination,
					  :deadline) returning id""")
			.param("buyer", buyer)
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
		return rfq(user, id);
	}

	@Override
	public List<RfqView> rfqs(TwinportUser user) {
		Long company = companies.actingForOrNull(user);
		if (company == null && user.is(org.twinport.identity.Role.ADMIN)) {
			return jdbc.sql(RFQ_SELECT + " order by r.id desc limit 500").query((rs, n) -> rfq(rs, true)).list();
		}
		long me = company == null ? -1 : company;
		return jdbc
			.sql(RFQ_SELECT + " where r.status = 'OPEN' or r.buyer_company_id = :me order by r.id desc limit 500")
			.param("me", me)
			.query((rs, n) -> rfq(rs, rs.getLong("buyer_company_id") == me))
			.list();
	}

	@Override
	public RfqView rfq(TwinportUser user, long id) {
		Long company = companies.actingForOrNull(user);
		boolean admin = user.is(org.twinport.identity.Role.ADMIN);
		RfqView rfq = jdbc.sql(RFQ_SELECT + " where r.id = :id")
			.param("id", id)
			.query((rs, n) -> rfq(rs, admin || company != null && rs.getLong("buyer_company_id") == company))
			.optional()
			.orElseThrow(() -> new NotFoundException("No such RFQ"));
		if (!admin && rfq.status() != RfqStatus.OPEN && rfq.quoteCount() == null && !quoted(id, company)) {
			throw new NotFoundException("No such RFQ");
		}
		return rfq;
	}

	@Override
	@Transactional
	public RfqView close(TwinportUser user, long id) {
		ownedRfq(user, id);
		int changed = jdbc.sql("update matchmaking.rfq set status = 'CLOSED' where id = :id and status = 'OPEN'")
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new StateConflictException("Only an open RFQ can be closed");
		}
		return rfq(user, id);
	}

	@Override
	@Transactional
	public QuoteView quote(TwinportUser user, long rfqId, QuoteDraft draft) {
		long supplier = acting(user);
		RfqView rfq = rfq(user, rfqId);
		if (rfq.buyerCompanyId() == supplier) {
			throw new InvalidInputException("rfqId", "A company cannot quote on its own RFQ");
		}
		QuoteDraft q = SourcingRules.checked(draft, LocalDate.now(clock));
		requireOpen(rfq);
		try {
			long id = jdbc
				.sql("""
						insert into matchmaking.quote (rfq_id, supplier_company_id, unit_amount, currency, moq, lead_time_days,
						  incoterm, valid_until)
						values (:rfq, :supplier, :amount, :currency, :moq, :lead, :incoterm, :valid) returning id""")
				.param("rfq", rfqId)
				.param("supplier", supplier)
				.param("amount", q.unitPrice().amount())
				.param("currency", q.unitPrice().currency())
				.param("moq", q.moq())
				.param("lead", q.leadTimeDays())
				.param("incoterm", q.incoterm())
				.param("valid", q.validUntil())
				.query(Long.class)
				.single();
			return quoteRow(id);
		}
		catch (DuplicateKeyException ex) {
			throw new StateConflictException("This company has quoted on this RFQ already; revise that quote instead");
		}
	}

	@Override
	@Transactional
	public QuoteView revise(TwinportUser user, long quoteId, QuoteDraft draft) {
		long supplier = acting(user);
		QuoteView quote = quoteRow(quoteId);
		if (quote.supplierCompanyId() != supplier) {
			throw new NotFoundException("No such quote");
		}
		QuoteDraft q = SourcingRules.checked(draft, LocalDate.now(clock));
		requireOpen(rfq(user, quote.rfqId()));
		int changed = jdbc
			.sql("""
					update matchmaking.quote set unit_amount = :amount, currency = :currency, moq = :moq, lead_time_days = :lead,
					  incoterm = :incoterm, valid_until = :valid, revision = 1, updated_at = now()
					where id = :id and revision = 0 and status = 'SUBMITTED'""")
			.param("amount", q.unitPrice().amount())
			.param("currency", q.unitPrice().currency())
			.param("moq", q.moq())
			.param("lead", q.leadTimeDays())
			.param("incoterm", q.incoterm())
			.param("valid", q.validUntil())
			.param("id", quoteId)
			.update();
		if (changed == 0) {
			throw new StateConflictException("A quote may be revised once only");
		}
		return quoteRow(quoteId);
	}

	@Override
	public List<QuoteView> quotes(TwinportUser user, long rfqId) {
		RfqView rfq = rfq(user, rfqId);
		Long company = companies.actingForOrNull(user);
		if (user.is(org.twinport.identity.Role.ADMIN) || company != null && rfq.buyerCompanyId() == company) {
			return jdbc.sql(QUOTE_SELECT + " where q.rfq_id = :rfq order by q.unit_amount, q.id")
				.param("rfq", rfqId)
				.query(this::quote)
				.list();
		}
		return jdbc.sql(QUOTE_SELECT + " where q.rfq_id = :rfq and q.supplier_company_id = :me")
			.param("rfq", rfqId)
			.param("me", company == null ? -1 : company)
			.query(this::quote)
			.list();
	}

	@Override
	@Transactional
	public RfqView accept(TwinportUser user, long quoteId) {
		long buyer = acting(user);
		QuoteView quote = quoteRow(quoteId);
		RfqView rfq = ownedRfq(user, quote.rfqId());
		if (rfq.buyerCompanyId() != buyer) {
			throw new NotFoundException("No such quote");
		}
		requireOpen(rfq);
		if (quote.validUntil().isBefore(LocalDate.now(clock))) {
			throw new StateConflictException("This quote has expired");
		}
		jdbc.sql(
				"update matchmaking.quote set status = case when id = :q then 'ACCEPTED' else 'NOT_SELECTED' end where rfq_id = :r")
			.param("q", quoteId)
			.param("r", rfq.id())
			.update();
		jdbc.sql("update matchmaking.rfq set status = 'AWARDED', awarded_quote_id = :q where id = :r")
			.param("q", quoteId)
			.param("r", rfq.id())
			.update();
		events.publishEvent(new QuoteAccepted(quoteId, rfq.id(), buyer, merchantOf(buyer), quote.supplierCompanyId(),
				merchantOf(quote.supplierCompanyId()), rfq.product(), rfq.hsCode(), rfq.quantity(), rfq.unit(),
				quote.unitPrice(), quote.incoterm(), rfq.destination(), user.id(), quote.leadTimeDays()));
		return rfq(user, rfq.id());
	}

	/** The RFQ as stored, for supplier suggestions. */
	public RfqView rfqForOwner(TwinportUser user, long id) {
		return ownedRfq(user, id);
	}

	private RfqView ownedRfq(TwinportUser user, long id) {
		RfqView rfq = rfq(user, id);
		if (rfq.quoteCount() == null) {
			throw new NotFoundException("No such RFQ");
		}
		return rfq;
	}

	private long acting(TwinportUser user) {
		Long company = companies.actingFor(user);
		if (company == null) {
			throw new InvalidInputException("company", "ADMIN acts for no company; sign in as the company");
		}
		return company;
	}

	private static void requireOpen(RfqView rfq) {
		if (rfq.status() != RfqStatus.OPEN) {
			throw new StateConflictException("The RFQ is " + rfq.status().name().toLowerCase());
		}
	}

	private boolean quoted(long rfqId, Long company) {
		return company != null
				&& jdbc.sql("select count(*) from matchmaking.quote where rfq_id = :r and supplier_company_id = :c")
					.param("r", rfqId)
					.param("c", company)
					.query(Long.class)
					.single() > 0;
	}

	private Long merchantOf(long company) {
		return companies.row(company).map(JdbcCompanies.Row::merchantId).orElse(null);
	}

	private QuoteView quoteRow(long id) {
		return jdbc.sql(QUOTE_SELECT + " where q.id = :id")
			.param("id", id)
			.query(this::quote)
			.optional()
			.orElseThrow(() -> new NotFoundException("No such quote"));
	}

	private QuoteView quote(ResultSet rs, int n) throws SQLException {
		return new QuoteView(rs.getLong("id"), rs.getLong("rfq_id"), rs.getLong("supplier_company_id"),
				rs.getString("supplier_name"),
				new Money(rs.getBigDecimal("unit_amount"), rs.getString("currency")).rounded(),
				rs.getBigDecimal("moq").stripTrailingZeros(), rs.getInt("lead_time_days"), rs.getString("incoterm"),
				rs.getObject("valid_until", LocalDate.class), rs.getInt("revision"), rs.getString("status"));
	}

	private static RfqView rfq(ResultSet rs, boolean owner) throws SQLException {
		BigDecimal target = rs.getBigDecimal("target_amount");
		return new RfqView(rs.getLong("id"), rs.getLong("buyer_company_id"), rs.getString("buyer_name"),
				rs.getString("product"), rs.getString("hs_code"), rs.getString("category"),
				rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"),
				target == null ? null : new Money(target, rs.getString("target_currency")).rounded(),
				rs.getString("incoterm"), rs.getString("destination"), rs.getObject("deadline", LocalDate.class),
				RfqStatus.valueOf(rs.getString("status")), (Long) rs.getObject("awarded_quote_id"),
				owner ? rs.getInt("quotes") : null, rs.getTimestamp("created_at").toInstant());
	}

}

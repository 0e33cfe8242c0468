package org.twinport.ordering.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.QuoteAccepted;
import org.twinport.ordering.Address;
import org.twinport.ordering.B2bOrderView;
import org.twinport.ordering.B2bOrders;
import org.twinport.ordering.OrderPlaced;
import org.twinport.ordering.OrderStatus;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteLine;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/**
 * Turns an accepted matchmaking quote into a B2B order of the supplier's merchant, and
 * reads B2B orders back for the two companies and ADMIN. The order's checkout charges are
 * the goods alone: no VAT, GST or consumption tax is charged, and the quote's incoterm says
 * who bears freight, duty and import VAT. Those are estimated beside the goods line, as
 * lines marked {@code estimate}.
 */
@Service
class QuoteOrders implements B2bOrders {

	private static final Logger log = LoggerFactory.getLogger(QuoteOrders.class);

	/** Business payment terms: the order waits this long for payment before it lapses. */
	static final Duration PAYMENT_TERMS = Duration.ofDays(30);

	private static final String SELECT = """
			select o.id, o.checkout_reference, o.status, o.merchant_id, o.currency, o.tax, o.total, o.incoterm, o.market,
			  o.quote::text as quote_json, o.placed_at, o.payment_due_at, b.quote_id, b.rfq_id, b.buyer_company_id,
			  b.buyer_merchant_id, b.supplier_company_id, b.product, b.hs_code, b.quantity, b.unit, b.unit_price, b.lead_time_days
			from ordering.customer_order o join ordering.b2b_order b on b.order_id = o.id""";

	/**
	 * ADMIN; the supplier's or the buyer's merchant; the buyer's own account (the owner
	 * of a buying company, or whichever merchant account accepted).
	 */
	private static final String SCOPE = """
			(:admin or (:role = 'MERCHANT' and (o.merchant_id = cast(:company as bigint)
			  or b.buyer_merchant_id = cast(:company as bigint))) or (:role = 'BUYER' and o.buyer_id = :account))""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	private final B2bImportEstimate estimator;

	private final OrderStore orders;

	private final CheckoutStore checkouts;

	QuoteOrders(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, B2bImportEstimate estimator,
			OrderStore orders, CheckoutStore checkouts) {
		this.jdbc = jdbc;
		this.checkouts = checkouts;
		this.orders = orders;
		this.estimator = estimator;
		this.json = json;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(QuoteAccepted accepted) {
		if (accepted.supplierMerchantId() == null) {
			log.info("Quote {} was accepted, but its supplier sells nothing in the marketplace: no B2B order",
					accepted.quoteId());
			return;
		}
		String reference = "B2B-Q" + accepted.quoteId();
		Money goods = accepted.unitPrice().times(accepted.quantity()).rounded();
		String currency = goods.currency();
		Money zero = Money.zero(currency);
		boolean claimed = checkouts.claim(new CheckoutStore.Claim(reference, accepted.acceptedByAccountId(),
				"quote-" + accepted.quoteId(), UUID.randomUUID(), goods));
		if (!claimed) {
			return;
		}
		Instant now = clock.instant();
		Instant due = now.plus(PAYMENT_TERMS);
		QuoteLine line = new QuoteLine(QuoteLine.LineType.GOODS, goods, null, null, "b2b-quote",
				"Accepted quote " + accepted.quoteId() + " on RFQ " + accepted.rfqId(), QuoteLine.Collected.AT_CHECKOUT,
				accepted.quantity().stripTrailingZeros().toPlainString() + " " + accepted.unit() + " × "
						+ accepted.product() + " (" + accepted.incoterm() + ")",
				0);
		List<QuoteLine> lines = new ArrayList<>();
		lines.add(line);
		lines.addAll(estimator.importCharges(accepted, goods));
		Quote snapshot = new Quote(UUID.randomUUID(), accepted.destination(), currency, LocalDate.now(clock), null,
				List.copyOf(lines), new Quote.Totals(goods, zero, zero, zero, zero, goods, zero, goods), "b2b", "none",
				List.of(), now, due);
		String address = json
			.writeValueAsString(new Address(null, null, null, null, null, null, accepted.destination(), null));
		long orderId = orders.insert(new OrderStore.NewB2bOrder(reference, accepted, goods, snapshot.id(),
				json.writeValueAsString(snapshot), address, now, due));
		events.publishEvent(new OrderPlaced(orderId, reference, accepted.supplierMerchantId(),
				accepted.acceptedByAccountId(), now));
	}

	@Override
	public List<B2bOrderView> b2bOrders(TwinportUser viewer, int limit) {
		return scoped(jdbc.sql(SELECT + " where " + SCOPE + " order by o.id desc limit :limit"), viewer)
			.param("limit", Math.max(1, Math.min(limit, 200)))
			.query(this::row)
			.list();
	}

	@Override
	public B2bOrderView b2bOrder(TwinportUser viewer, long orderId) {
		return scoped(jdbc.sql(SELECT + " where o.id = :id and " + SCOPE), viewer).param("id", orderId)
			.query(this::row)
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("ordering.problem.noB2bOrder", String.valueOf(orderId))));
	}

	private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, TwinportUser viewer) {
		return spec.param("admin", viewer.is(Role.ADMIN))
			.param("role", viewer.role().name())
			.param("account", viewer.id())
			.param("company", viewer.companyId());
	}

	private B2bOrderView row(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("currency");
		Quote quote = json.readValue(rs.getString("quote_json"), Quote.class);
		BigDecimal quantity = rs.getBigDecimal("quantity").stripTrailingZeros();
		return new B2bOrderView(rs.getLong("id"), rs.getString("checkout_reference"),
				OrderStatus.valueOf(rs.getString("status")), rs.getLong("quote_id"), rs.getLong("rfq_id"),
				rs.getLong("buyer_company_id"), (Long) rs.getObject("buyer_merchant_id"),
				rs.getLong("supplier_company_id"), rs.getLong("merchant_id"), rs.getString("product"),
				rs.getString("hs_code"), quantity, rs.getString("unit"),
				new Money(rs.getBigDecimal("unit_price"), currency).rounded(), rs.getString("incoterm"),
				rs.getString("market"), new Money(rs.getBigDecimal("tax"), currency).rounded(),
				new Money(rs.getBigDecimal("total"), currency).rounded(),
				quote.lines().stream().filter(line -> !line.estimate()).toList(),
				rs.getObject("placed_at", OffsetDateTime.class).toInstant(),
				rs.getObject("payment_due_at", OffsetDateTime.class).toInstant(), (Integer) rs.getObject("lead_time_days"),
				quote.lines().stream().filter(QuoteLine::estimate).toList(),
				B2bImportEstimate.paidBy(rs.getString("incoterm")));
	}

}

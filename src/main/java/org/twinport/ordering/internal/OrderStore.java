package org.twinport.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.Offers;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.QuoteAccepted;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.Review;
import org.twinport.pricing.Quote;
import org.twinport.shared.Money;

/**
 * The only writer of {@code ordering.customer_order} and of what belongs to an order (its
 * lines, bundle allocations, B2B terms and refunds). Placing writes many orders at once
 * with set-based statements fed from lists of records; a change of state loads one
 * {@link Order} locked and writes it back. Orders are read for display by
 * {@link OrderViews}. Over 300 lines because the set-based placing statements, which the
 * checkout benchmarks need, are long SQL.
 */
@Component
class OrderStore {

	private static final String LOCK = """
			select o.id, o.checkout_reference, o.merchant_id, o.buyer_id, o.status, o.currency, o.total,
			  o.paid_amount, o.refunded_amount, o.payment_due_at
			from ordering.customer_order o where o.id = :id""";

	private final JdbcClient jdbc;

	OrderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One order of a checkout being placed, one per consignment of its review; the
	 * order's address and quote are copied from the stored review inside the database
	 * rather than serialized again.
	 * @param consignment the consignment's position in the stored review
	 */
	record NewOrder(String reference, long buyerId, String market, String currency, UUID reviewId, int consignment,
			long merchantId, Quote.Totals totals, String service, String transitDays, UUID quoteId,
			String ruleSetVersion, String fxRateSetId) {
	}

	/**
	 * @param warehouseId where its units were reserved; null for a bundle, whose
	 * components' reservations are {@link NewAllocation}s
	 */
	record NewLine(long orderId, int lineNo, Long warehouseId, Review.Item item) {
	}

	/** Stock reserved for a bundle's component. */
	record NewAllocation(long orderId, Offers.Allocation stock) {
	}

	/** The row of one order that was placed: its id, checkout and merchant. */
	record Placed(long id, String reference, long merchantId) {
	}

	/** A refund being recorded. */
	record NewRefund(long id, Money amount, String reason, long byAccount) {
	}

	/** All orders in one statement, whatever the number of checkouts and merchants. */
	List<Placed> insert(List<NewOrder> orders, Instant paymentDue, Instant now) {
		return jdbc.sql(
				"""
						insert into ordering.customer_order (checkout_reference, merchant_id, buyer_id, status, market, currency,
						  goods, shipping, duty, tax, fees, total, due_at_border, shipping_service, transit_days, address,
						  quote_id, quote, rule_set_version, fx_rate_set_id, payment_due_at, placed_at, updated_at)
						select u.ref, u.merchant, u.buyer, 'PLACED', u.market, u.currency, u.goods, u.shipping, u.duty, u.tax,
						  u.fees, u.total, u.border, u.service, u.transit, r.address, cast(u.quote_id as uuid),
						  r.consignments -> 'consignments' -> u.consignment -> 'quote', u.rules, u.fx, :due, :now, :now
						from unnest(cast(:refs as text[]), cast(:buyers as bigint[]), cast(:markets as text[]),
						  cast(:currencies as text[]), cast(:reviews as uuid[]), cast(:consignments as integer[]),
						  cast(:merchants as bigint[]), cast(:goods as numeric[]), cast(:shipping as numeric[]),
						  cast(:duty as numeric[]), cast(:tax as numeric[]), cast(:fees as numeric[]), cast(:total as numeric[]),
						  cast(:border as numeric[]), cast(:services as text[]), cast(:transit as text[]),
						  cast(:quoteIds as text[]), cast(:rules as text[]), cast(:fx as text[]))
						  with ordinality as u(ref, buyer, market, currency, review, consignment, merchant, goods, shipping, duty,
						    tax, fees, total, border, service, transit, quote_id, rules, fx, position)
						join ordering.checkout_review r on r.id = u.review
						order by u.position
						returning id, checkout_reference, merchant_id""")
			.param("refs", texts(orders, NewOrder::reference))
			.param("buyers", orders.stream().map(NewOrder::buyerId).toArray(Long[]::new))
			.param("markets", texts(orders, NewOrder::market))
			.param("currencies", texts(orders, NewOrder::currency))
			.param("reviews", texts(orders, o -> o.reviewId().toString()))
			.param("consignments", orders.stream().map(NewOrder::consignment).toArray(Integer[]::new))
			.param("merchants", orders.stream().map(NewOrder::merchantId).toArray(Long[]::new))
			.param("goods", amounts(orders, Quote.Totals::goods))
			.param("shipping", amounts(orders, Quote.Totals::shipping))
			.param("duty", amounts(orders, Quote.Totals::duty))
			.param("tax", amounts(orders, Quote.Totals::tax))
			.param("fees", amounts(orders, Quote.Totals::fees))
			.param("total", amounts(orders, Quote.Totals::dueAtCheckout))
			.param("border", amounts(orders, Quote.Totals::dueAtBorder))
			.param("services", texts(orders, NewOrder::service))
			.param("transit", texts(orders, NewOrder::transitDays))
			.param("quoteIds", texts(orders, o -> o.quoteId().toString()))
			.param("rules", texts(orders, NewOrder::ruleSetVersion))
			.param("fx", texts(orders, NewOrder::fxRateSetId))
			.param("due", utc(paymentDue))
			.param("now", utc(now))
			.query((rs, i) -> new Placed(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	private static <T> String[] texts(List<T> rows, Function<T, String> column) {
		return rows.stream().map(column).toArray(String[]::new);
	}

	/** Decimals travel as text arrays and are cast to numeric[] by the statement. */
	private static String[] amounts(List<NewOrder> orders, Function<Quote.Totals, Money> column) {
		return orders.stream().map(o -> column.apply(o.totals()).amount().toPlainString()).toArray(String[]::new);
	}

	/** All lines of all orders in one statement. */
	void insertLines(List<NewLine> lines) {
		jdbc.sql(
				"""
						insert into ordering.order_line (order_id, line_no, variant_id, warehouse_id, sku, title, hs_code,
						  origin_country, quantity, unit_price, price_currency, weight_grams)
						select * from unnest(cast(:orders as bigint[]), cast(:numbers as integer[]), cast(:variants as bigint[]),
						  cast(:warehouses as bigint[]), cast(:skus as text[]), cast(:titles as text[]), cast(:hs as text[]),
						  cast(:origins as text[]), cast(:quantities as integer[]), cast(:prices as numeric[]),
						  cast(:currencies as text[]), cast(:grams as integer[]))""")
			.param("orders", lines.stream().map(NewLine::orderId).toArray(Long[]::new))
			.param("numbers", lines.stream().map(NewLine::lineNo).toArray(Integer[]::new))
			.param("variants", lines.stream().map(l -> l.item().variantId()).toArray(Long[]::new))
			.param("warehouses", lines.stream().map(NewLine::warehouseId).toArray(Long[]::new))
			.param("skus", texts(lines, l -> l.item().sku()))
			.param("titles", texts(lines, l -> l.item().title()))
			.param("hs", texts(lines, l -> l.item().hsCode()))
			.param("origins", texts(lines, l -> l.item().originCountry()))
			.param("quantities", lines.stream().map(l -> l.item().quantity()).toArray(Integer[]::new))
			.param("prices", texts(lines, l -> l.item().unitPrice().amount().toPlainString()))
			.param("currencies", texts(lines, l -> l.item().unitPrice().currency()))
			.param("grams", lines.stream().map(l -> l.item().weightGrams()).toArray(Integer[]::new))
			.update();
	}

	void insertAllocations(List<NewAllocation> allocations) {
		jdbc.sql(
				"""
						insert into ordering.order_allocation (order_id, variant_id, warehouse_id, quantity)
						select * from unnest(cast(:orders as bigint[]), cast(:variants as bigint[]), cast(:warehouses as bigint[]),
						  cast(:quantities as integer[]))""")
			.param("orders", allocations.stream().map(NewAllocation::orderId).toArray(Long[]::new))
			.param("variants", allocations.stream().map(a -> a.stock().variantId()).toArray(Long[]::new))
			.param("warehouses", allocations.stream().map(a -> a.stock().warehouseId()).toArray(Long[]::new))
			.param("quantities", allocations.stream().map(a -> a.stock().quantity()).toArray(Integer[]::new))
			.update();
	}

	/**
	 * An order from an accepted matchmaking quote, with its snapshot as JSON.
	 * @param quoteId the snapshot's id
	 */
	record NewB2bOrder(String reference, QuoteAccepted accepted, Money goods, UUID quoteId, String quoteJson,
			String addressJson, Instant placedAt, Instant paymentDue) {
	}

	/** The order and its B2B terms in one statement. */
	long insert(NewB2bOrder order) {
		QuoteAccepted accepted = order.accepted();
		return jdbc.sql("""
				with o as (insert into ordering.customer_order (checkout_reference, merchant_id, buyer_id, status, market,
				  currency, goods, shipping, duty, tax, fees, total, due_at_border, shipping_service, transit_days, address,
				  quote_id, quote, rule_set_version, fx_rate_set_id, payment_due_at, placed_at, updated_at, kind, incoterm)
				values (:ref, :merchant, :buyer, 'PLACED', :market, :currency, :goods, 0, 0, 0, 0, :goods, 0, 'B2B',
				  '', cast(:address as jsonb), :quoteId, cast(:quote as jsonb), 'b2b', 'none', :due, :now, :now, 'B2B',
				  :incoterm)
				returning id),
				b as (insert into ordering.b2b_order (order_id, quote_id, rfq_id, buyer_company_id, buyer_merchant_id,
				  supplier_company_id, product, hs_code, quantity, unit, unit_price, lead_time_days)
				select o.id, :acceptedQuote, :rfq, :buyerCompany, :buyerMerchant, :supplier, :product, :hs, :quantity, :unit,
				  :price, :leadTime from o)
				select id from o""")
			.param("ref", order.reference())
			.param("merchant", accepted.supplierMerchantId())
			.param("buyer", accepted.acceptedByAccountId())
			.param("market", accepted.destination())
			.param("currency", order.goods().currency())
			.param("goods", order.goods().amount())
			.param("incoterm", accepted.incoterm())
			.param("address", order.addressJson())
			.param("quoteId", order.quoteId())
			.param("quote", order.quoteJson())
			.param("due", utc(order.paymentDue()))
			.param("now", utc(order.placedAt()))
			.param("acceptedQuote", accepted.quoteId())
			.param("rfq", accepted.rfqId())
			.param("buyerCompany", accepted.buyerCompanyId())
			.param("buyerMerchant", accepted.buyerMerchantId())
			.param("supplier", accepted.supplierCompanyId())
			.param("product", accepted.product())
			.param("hs", accepted.hsCode())
			.param("quantity", accepted.quantity())
			.param("unit", accepted.unit())
			.param("price", accepted.unitPrice().amount())
			.param("leadTime", accepted.leadTimeDays())
			.query(Long.class)
			.single();
	}

	/**
	 * Locks the order row: every change of state goes through here first, so changes to
	 * one order are serialized.
	 */
	Optional<Order> lock(TwinportUser viewer, long id) {
		return OrderViews.scoped(jdbc.sql(LOCK + " and " + OrderViews.SCOPE + " for update"), viewer)
			.param("id", id)
			.query(OrderStore::order)
			.optional();
	}

	/** For the system itself (payment timeouts): no viewer scope. */
	Optional<Order> lockAny(long id) {
		return jdbc.sql(LOCK + " for update").param("id", id).query(OrderStore::order).optional();
	}

	private static Order order(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("currency");
		return new Order(rs.getLong("id"), rs.getString("checkout_reference"), rs.getLong("merchant_id"),
				rs.getLong("buyer_id"), OrderStatus.valueOf(rs.getString("status")), money(rs, "total", currency),
				money(rs, "paid_amount", currency), money(rs, "refunded_amount", currency),
				rs.getObject("payment_due_at", OffsetDateTime.class).toInstant());
	}

	private static Money money(ResultSet rs, String column, String currency) throws SQLException {
		return new Money(rs.getBigDecimal(column), currency).rounded();
	}

	/**
	 * Writes back what a change of state may have changed. An order is paid in full or
	 * not at all, so the paid amount is copied from the stored total, which may hold more
	 * decimals than the rounded one the order works with.
	 */
	void save(Order order) {
		jdbc.sql(UPDATE).params(changes(order)).update();
	}

	private static final String UPDATE = """
			update ordering.customer_order set status = :status,
			  paid_amount = case when :paid then total else 0 end, refunded_amount = :refunded,
			  payment_due_at = :due, updated_at = now()
			where id = :id""";

	private static Map<String, Object> changes(Order order) {
		return Map.of("id", order.id(), "status", order.status().name(), "paid",
				order.paid().amount().signum() != 0, "refunded", order.refunded().amount(), "due",
				utc(order.paymentDueAt()));
	}

	/** A refund's id, taken before it is recorded so that its event can name it. */
	long nextRefundId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('ordering.refund', 'id'))")
			.query(Long.class)
			.single();
	}

	/** Records the refund and writes the refunded order back, in one statement. */
	void saveRefunded(Order order, NewRefund refund) {
		jdbc.sql("""
				with refund as (insert into ordering.refund (id, order_id, amount, reason, by_account)
				  overriding system value values (:refundId, :id, :amount, :reason, :by))
				""" + UPDATE)
			.params(changes(order))
			.param("refundId", refund.id())
			.param("amount", refund.amount().amount())
			.param("reason", refund.reason())
			.param("by", refund.byAccount())
			.update();
	}

	/** The stock an order holds: its lines' and its bundles' components'. */
	List<Offers.Allocation> allocations(long orderId) {
		return jdbc.sql("""
				select variant_id, warehouse_id, quantity from ordering.order_line
				where order_id = :id and warehouse_id is not null
				union all
				select variant_id, warehouse_id, quantity from ordering.order_allocation where order_id = :id""")
			.param("id", orderId)
			.query((rs, n) -> new Offers.Allocation(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
			.list();
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}

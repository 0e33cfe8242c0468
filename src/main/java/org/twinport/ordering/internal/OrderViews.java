package org.twinport.ordering.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Address;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.OrderView;
import org.twinport.pricing.Quote;
import org.twinport.shared.Money;

/**
 * Reads orders back as the API shows them, always within the viewer's scope: its own as buyer, its company's as
 * merchant, all as ADMIN.
 */
@Component
class OrderViews {

	private static final String SELECT = "select o.*, o.quote::text as quote_json, o.address::text as address_json"
			+ " from ordering.customer_order o";

	static final String SCOPE = """
			(:admin or (:role = 'BUYER' and o.buyer_id = :account)
			  or (:role = 'MERCHANT' and o.merchant_id = cast(:company as bigint)))""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	OrderViews(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<OrderView> byCheckout(String reference) {
		return withLines(jdbc.sql(SELECT + " where o.checkout_reference = :ref order by o.id")
			.param("ref", reference)
			.query(this::row)
			.list());
	}

	Optional<OrderView> find(TwinportUser viewer, long id) {
		return scoped(jdbc.sql(SELECT + " where o.id = :id and " + SCOPE), viewer).param("id", id)
			.query(this::row)
			.optional()
			.map(order -> withLines(List.of(order)).get(0));
	}

	List<OrderView> list(TwinportUser viewer, OrderStatus status, int limit) {
		return withLines(scoped(
				jdbc.sql(SELECT + " where " + SCOPE
						+ " and (cast(:status as text) is null or o.status = :status) order by o.id desc limit :limit"),
				viewer)
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.query(this::row)
			.list());
	}

	/**
	 * Lines are read after the orders, not from inside the row mapper: a nested query
	 * there would ask the pool for a second connection while holding the first, which
	 * deadlocks a small pool under load.
	 */
	private List<OrderView> withLines(List<OrderView> orders) {
		if (orders.isEmpty()) {
			return orders;
		}
		Map<Long, List<OrderView.Line>> lines = new HashMap<>();
		jdbc.sql("""
				select order_id, variant_id, sku, title, quantity, unit_price, price_currency from ordering.order_line
				where order_id in (:ids) order by order_id, line_no""")
			.param("ids", orders.stream().map(OrderView::id).toList())
			.query((l, i) -> lines.computeIfAbsent(l.getLong(1), k -> new ArrayList<>())
				.add(new OrderView.Line(l.getLong(2), l.getString(3), l.getString(4), l.getInt(5),
						new Money(l.getBigDecimal(6), l.getString(7)).rounded())))
			.list();
		return orders.stream().map(o -> withLines(o, lines.getOrDefault(o.id(), List.of()))).toList();
	}

	private static OrderView withLines(OrderView o, List<OrderView.Line> lines) {
		return new OrderView(o.id(), o.checkoutReference(), o.merchantId(), o.buyerId(), o.status(), o.market(),
				o.goods(), o.shipping(), o.duty(), o.tax(), o.fees(), o.total(), o.dueAtBorder(), o.paid(),
				o.refunded(), o.shippingService(), o.transitDays(), o.address(), List.copyOf(lines), o.charges(),
				o.ruleSetVersion(), o.fxRateSetId(), o.placedAt(), o.paymentDueAt(), o.kind());
	}

	static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, TwinportUser viewer) {
		return spec.param("admin", viewer.is(Role.ADMIN))
			.param("role", viewer.role().name())
			.param("account", viewer.id())
			.param("company", viewer.companyId());
	}

	private OrderView row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		String currency = rs.getString("currency");
		Quote quote = json.readValue(rs.getString("quote_json"), Quote.class);
		return new OrderView(id, rs.getString("checkout_reference"), rs.getLong("merchant_id"), rs.getLong("buyer_id"),
				OrderStatus.valueOf(rs.getString("status")), rs.getString("market"), money(rs, "goods", currency),
				money(rs, "shipping", currency), money(rs, "duty", currency), money(rs, "tax", currency),
				money(rs, "fees", currency), money(rs, "total", currency), money(rs, "due_at_border", currency),
				money(rs, "paid_amount", currency), money(rs, "refunded_amount", currency),
				rs.getString("shipping_service"), rs.getString("transit_days"),
				json.readValue(rs.getString("address_json"), Address.class), List.of(),
				// a B2B order's import estimate is not a charge: the B2B order API shows it
				quote.lines().stream().filter(line -> !line.estimate()).toList(),
				rs.getString("rule_set_version"), rs.getString("fx_rate_set_id"),
				rs.getObject("placed_at", OffsetDateTime.class).toInstant(),
				rs.getObject("payment_due_at", OffsetDateTime.class).toInstant(), rs.getString("kind"));
	}

	private static Money money(ResultSet rs, String column, String currency) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(column);
		return new Money(amount, currency).rounded();
	}

}

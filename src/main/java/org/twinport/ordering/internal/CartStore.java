package org.twinport.ordering.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only writer of {@code ordering.cart}, {@code cart_line} and {@code cart_shipping}.
 * A change loads the {@link Cart} locked, lets it decide, and writes what changed with
 * its new version in one statement. Adding a line, the hot path, is one statement and
 * placing empties many carts in one.
 */
@Component
class CartStore {

	/** Lines (in the order they were added) and shipping choices of the carts selected. */
	private static final String CONTENTS = """
			select 'L' as kind, cl.variant_id as id, cl.quantity, null as service, cl.added_at, 0 as part
			from ordering.cart_line cl where cl.cart_id = c.id
			union all
			select 'S', s.merchant_id, 0, s.service, null, 1 from ordering.cart_shipping s where s.cart_id = c.id""";

	private final JdbcClient jdbc;

	CartStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The buyer's cart, created on first use and locked, so changes to one cart are
	 * serialized.
	 */
	Cart lock(long accountId) {
		jdbc.sql("insert into ordering.cart (account_id) values (:a) on conflict (account_id) do nothing")
			.param("a", accountId)
			.update();
		record Row(long id, @Nullable String market, @Nullable String currency, long version) {
		}
		Row row = jdbc.sql("select id, market, currency, version from ordering.cart where account_id = :a for update")
			.param("a", accountId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.single();
		Contents contents = contents(row.id());
		return new Cart(row.id(), row.market(), row.currency(), row.version(), contents.quantities(),
				contents.shipping());
	}

	/**
	 * The buyer's cart as one snapshot (row, lines and shipping choices in one
	 * statement), without creating or locking it; null for a buyer without a cart.
	 */
	@Nullable Cart snapshot(long accountId) {
		List<Row> rows = jdbc.sql("select c.id, c.market, c.currency, c.version, x.kind, x.id, x.quantity, x.service"
				+ " from ordering.cart c left join lateral (" + CONTENTS + ") x on true"
				+ " where c.account_id = :a order by x.part, x.added_at, x.id")
			.param("a", accountId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), null,
					rs.getString(5), rs.getLong(6), rs.getInt(7), rs.getString(8)))
			.list();
		if (rows.isEmpty()) {
			return null;
		}
		Row first = rows.get(0);
		Contents contents = Contents.of(rows);
		return new Cart(first.cart(), first.market(), first.currency(), first.version(), contents.quantities(),
				contents.shipping());
	}

	/** A line being added: the cart as it was before, and whether the line was written. */
	record Adding(Cart before, @Nullable Integer written) {
	}

	/**
	 * Adds units to a line in one statement: the cart row is created or locked and its
	 * version moved on, the line upserted, and the cart's lines and shipping choices read,
	 * all at once. Those are read from the statement's snapshot, taken before the cart row
	 * was locked; they are used only when the version seen in that snapshot is the one
	 * just replaced (so no change committed in between), else read again. The line is
	 * written only while it stays within {@code max} (the table refuses more anyway); the
	 * cart as it was before comes back, so that {@link Cart#add} makes the decision and
	 * its refusal rolls the statement back.
	 */
	Adding add(long accountId, long variantId, int quantity, int max) {
		List<Row> rows = jdbc.sql("""
				with seen as (select version from ordering.cart where account_id = :a),
				c as (
				  insert into ordering.cart (account_id, version) values (:a, 1)
				  on conflict (account_id) do update set version = ordering.cart.version + 1, updated_at = now()
				  returning id, market, currency, version),
				l as (
				  insert into ordering.cart_line (cart_id, variant_id, quantity) select id, :v, :q from c
				  on conflict (cart_id, variant_id) do update set quantity = ordering.cart_line.quantity + excluded.quantity
				  where ordering.cart_line.quantity + excluded.quantity <= :max
				  returning quantity)
				select c.id, c.market, c.currency, c.version, coalesce((select version from seen), 0),
				  (select quantity from l), x.kind, x.id, x.quantity, x.service
				from c left join lateral (""" + CONTENTS + """
				) x on true
				order by x.part, x.added_at, x.id""")
			.param("a", accountId)
			.param("v", variantId)
			.param("q", quantity)
			.param("max", max)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getString(7), rs.getLong(8), rs.getInt(9), rs.getString(10), rs.getObject(6, Integer.class)))
			.list();
		Row first = rows.get(0);
		Integer written = first.lineQuantity();
		Contents contents;
		if (first.seen() != null && first.seen() + 1 == first.version()) {
			contents = Contents.of(rows);
		}
		else {
			contents = contents(first.cart());
			if (written != null) {
				// Read after the upsert: back to the line as it was before.
				int before = written - quantity;
				if (before == 0) {
					contents.quantities().remove(variantId);
				}
				else {
					contents.quantities().put(variantId, before);
				}
			}
		}
		return new Adding(new Cart(first.cart(), first.market(), first.currency(), first.version() - 1,
				contents.quantities(), contents.shipping()), written);
	}

	/** A line set to its new quantity, with the cart's new version. */
	void saveLine(Cart cart, Cart.LineChanged line) {
		saveLines(cart, List.of(line));
	}

	/** Lines set to their new quantities, with the cart's new version, in one statement. */
	void saveLines(Cart cart, List<Cart.LineChanged> lines) {
		jdbc.sql("""
				with l as (
				  insert into ordering.cart_line (cart_id, variant_id, quantity)
				  select :id, * from unnest(cast(:variants as bigint[]), cast(:quantities as integer[]))
				  on conflict (cart_id, variant_id) do update set quantity = excluded.quantity)
				update ordering.cart set version = :version, updated_at = now() where id = :id""")
			.param("id", cart.id())
			.param("variants", lines.stream().map(Cart.LineChanged::variantId).toArray(Long[]::new))
			.param("quantities", lines.stream().map(Cart.LineChanged::quantity).toArray(Integer[]::new))
			.param("version", cart.version())
			.update();
	}

	void removeLine(Cart cart, long variantId) {
		jdbc.sql("""
				with l as (delete from ordering.cart_line where cart_id = :id and variant_id = :v)
				update ordering.cart set version = :version, updated_at = now() where id = :id""")
			.param("id", cart.id())
			.param("v", variantId)
			.param("version", cart.version())
			.update();
	}

	void saveShipping(Cart cart, long merchantId) {
		jdbc.sql("""
				with s as (
				  insert into ordering.cart_shipping (cart_id, merchant_id, service) values (:id, :m, :s)
				  on conflict (cart_id, merchant_id) do update set service = excluded.service)
				update ordering.cart set version = :version, updated_at = now() where id = :id""")
			.param("id", cart.id())
			.param("m", merchantId)
			.param("s", cart.shipping().get(merchantId))
			.param("version", cart.version())
			.update();
	}

	void saveChoice(Cart cart) {
		jdbc.sql("update ordering.cart set market = :m, currency = :c, version = :version, updated_at = now()"
				+ " where id = :id")
			.param("m", cart.market())
			.param("c", cart.currency())
			.param("version", cart.version())
			.param("id", cart.id())
			.update();
	}

	/**
	 * Empties the carts of checkouts being placed, in one statement: locks them, moves
	 * their versions on and deletes their lines and shipping choices.
	 * @return the version each cart had (the one a review must have been made of), by
	 * account; an account without a cart is missing
	 */
	Map<Long, Long> emptyForPlacing(Collection<Long> accountIds) {
		Map<Long, Long> versions = new HashMap<>();
		jdbc.sql("""
				with c as (update ordering.cart set version = version + 1, updated_at = now()
				  where account_id = any(cast(:accounts as bigint[])) returning id, account_id, version - 1 as reviewed),
				lines as (delete from ordering.cart_line where cart_id in (select id from c)),
				shipping as (delete from ordering.cart_shipping where cart_id in (select id from c))
				select account_id, reviewed from c""")
			.param("accounts", accountIds.stream().sorted().toArray(Long[]::new))
			.query((rs, n) -> versions.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return versions;
	}

	private record Row(long cart, @Nullable String market, @Nullable String currency, long version,
			@Nullable Long seen, @Nullable String kind, long id, int quantity, @Nullable String service,
			@Nullable Integer lineQuantity) {

		Row(long cart, @Nullable String market, @Nullable String currency, long version, @Nullable Long seen,
				@Nullable String kind, long id, int quantity, @Nullable String service) {
			this(cart, market, currency, version, seen, kind, id, quantity, service, null);
		}

	}

	private record Contents(Map<Long, Integer> quantities, Map<Long, String> shipping) {

		static Contents of(List<Row> rows) {
			Contents contents = new Contents(new LinkedHashMap<>(), new LinkedHashMap<>());
			for (Row row : rows) {
				if ("L".equals(row.kind())) {
					contents.quantities().put(row.id(), row.quantity());
				}
				else if ("S".equals(row.kind())) {
					contents.shipping().put(row.id(), row.service());
				}
			}
			return contents;
		}

	}

	/** Lines (in the order they were added) and shipping choices, in one statement. */
	private Contents contents(long cart) {
		Contents contents = new Contents(new LinkedHashMap<>(), new LinkedHashMap<>());
		jdbc.sql("""
				select 'L', variant_id, quantity, null, added_at, 0 as part from ordering.cart_line where cart_id = :id
				union all
				select 'S', merchant_id, 0, service, null, 1 from ordering.cart_shipping where cart_id = :id
				order by part, added_at, 2""")
			.param("id", cart)
			.query((rs, n) -> "L".equals(rs.getString(1)) ? contents.quantities().put(rs.getLong(2), rs.getInt(3))
					: contents.shipping().put(rs.getLong(2), rs.getString(4)))
			.list();
		return contents;
	}

}

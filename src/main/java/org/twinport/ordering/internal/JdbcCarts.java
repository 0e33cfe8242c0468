package org.twinport.ordering.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.Offers;
import org.twinport.catalog.Offers.Offer;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Carts;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LocalizedText;

@Service
class JdbcCarts implements Carts {

	private final JdbcClient jdbc;

	private final Offers offers;

	private final Markets markets;

	JdbcCarts(JdbcClient jdbc, Offers offers, Markets markets) {
		this.jdbc = jdbc;
		this.offers = offers;
		this.markets = markets;
	}

	@Override
	@Transactional
	public CartView cart(TwinportUser buyer) {
		return view(cartId(buyer));
	}

	@Override
	public CartView current(TwinportUser buyer) {
		return snapshot(buyer.id()).cart();
	}

	@Override
	@Transactional
	public CartView choose(TwinportUser buyer, String market, String currency) {
		markets.checked(market, currency);
		long cart = cartId(buyer);
		jdbc.sql(
				"update ordering.cart set market = :m, currency = :c, version = version + 1, updated_at = now() where id = :id")
			.param("m", market)
			.param("c", currency)
			.param("id", cart)
			.update();
		return view(cart);
	}

	/**
	 * Usually one statement and the offers: the cart row is created or locked and its
	 * version bumped, the line upserted, and the cart's lines and shipping choices read,
	 * all at once. Those are read from the statement's snapshot, taken before the cart
	 * row was locked; they are used only when the version seen in that snapshot is the
	 * one just replaced (so no change committed in between), else read again. The variant
	 * is checked against the offers the view reads anyway: an unknown one rolls the whole
	 * change back.
	 */
	@Override
	@Transactional
	public CartView add(TwinportUser buyer, long variantId, int quantity) {
		checkQuantity(quantity);
		record Row(long cart, String market, String currency, long version, long seen, Integer lineQuantity,
				String kind, long id, int quantity, String service) {
		}
		List<Row> rows = jdbc
			.sql("""
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
					from c left join lateral (
					  select 'L' as kind, cl.variant_id as id, cl.quantity, null as service, cl.added_at, 0 as part
					  from ordering.cart_line cl where cl.cart_id = c.id
					  union all
					  select 'S', s.merchant_id, 0, s.service, null, 1 from ordering.cart_shipping s where s.cart_id = c.id
					) x on true
					order by x.part, x.added_at, x.id""")
			.param("a", buyer.id())
			.param("v", variantId)
			.param("q", quantity)
			.param("max", MAX_QUANTITY)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getObject(6, Integer.class), rs.getString(7), rs.getLong(8), rs.getInt(9), rs.getString(10)))
			.list();
		Row first = rows.get(0);
		if (first.lineQuantity() == null) {
			throw new InvalidInputException("quantity", "would bring the line over the maximum of " + MAX_QUANTITY);
		}
		Contents contents;
		if (first.seen() + 1 == first.version()) {
			contents = new Contents(new LinkedHashMap<>(), new LinkedHashMap<>());
			for (Row row : rows) {
				if ("L".equals(row.kind())) {
					contents.quantities().put(row.id(), row.quantity());
				}
				else if ("S".equals(row.kind())) {
					contents.shipping().put(row.id(), row.service());
				}
			}
			// The upserted line: its new quantity, at its place or last if it is new.
			contents.quantities().put(variantId, first.lineQuantity());
		}
		else {
			contents = contents(first.cart());
		}
		Map<Long, Offer> found = offers.offers(contents.quantities().keySet(),
				first.market() == null ? "" : first.market());
		if (!found.containsKey(variantId)) {
			throw new InvalidInputException("variantId", "is not a known variant");
		}
		return view(first.market(), first.currency(), first.version(), contents, found);
	}

	@Override
	@Transactional
	public CartView set(TwinportUser buyer, long variantId, int quantity) {
		checkQuantity(quantity);
		long cart = cartId(buyer);
		requireVariant(variantId);
		jdbc.sql("""
				insert into ordering.cart_line (cart_id, variant_id, quantity) values (:cart, :v, :q)
				on conflict (cart_id, variant_id) do update set quantity = excluded.quantity""")
			.param("cart", cart)
			.param("v", variantId)
			.param("q", quantity)
			.update();
		return touched(cart);
	}

	@Override
	@Transactional
	public CartView remove(TwinportUser buyer, long variantId) {
		long cart = cartId(buyer);
		jdbc.sql("delete from ordering.cart_line where cart_id = :cart and variant_id = :v")
			.param("cart", cart)
			.param("v", variantId)
			.update();
		return touched(cart);
	}

	@Override
	@Transactional
	public CartView chooseShipping(TwinportUser buyer, long merchantId, String service) {
		if (!"POSTAL".equals(service) && !"EXPRESS".equals(service)) {
			throw new InvalidInputException("service", "must be POSTAL or EXPRESS");
		}
		long cart = cartId(buyer);
		jdbc.sql("""
				insert into ordering.cart_shipping (cart_id, merchant_id, service) values (:cart, :m, :s)
				on conflict (cart_id, merchant_id) do update set service = excluded.service""")
			.param("cart", cart)
			.param("m", merchantId)
			.param("s", service)
			.update();
		return touched(cart);
	}

	@Override
	@Transactional
	public CartView merge(TwinportUser buyer, Map<Long, Integer> anonymous) {
		long cart = cartId(buyer);
		Map<Long, Offer> known = offers.offers(anonymous.keySet(), "");
		anonymous.forEach((variant, quantity) -> {
			if (known.containsKey(variant) && quantity != null && quantity > 0) {
				jdbc.sql(
						"""
								insert into ordering.cart_line (cart_id, variant_id, quantity) values (:cart, :v, least(:q, :max))
								on conflict (cart_id, variant_id)
								do update set quantity = least(ordering.cart_line.quantity + excluded.quantity, :max)""")
					.param("cart", cart)
					.param("v", variant)
					.param("q", quantity)
					.param("max", MAX_QUANTITY)
					.update();
			}
		});
		return touched(cart);
	}

	/**
	 * The buyer's cart id; the row is created on first use and locked, so changes to one
	 * cart are serialized.
	 */
	long cartId(TwinportUser buyer) {
		jdbc.sql("insert into ordering.cart (account_id) values (:a) on conflict (account_id) do nothing")
			.param("a", buyer.id())
			.update();
		return jdbc.sql("select id from ordering.cart where account_id = :a for update")
			.param("a", buyer.id())
			.query(Long.class)
			.single();
	}

	CartView view(long cart) {
		record Row(String market, String currency, long version) {
		}
		Row row = jdbc.sql("select market, currency, version from ordering.cart where id = :id")
			.param("id", cart)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.single();
		Contents contents = contents(cart);
		return view(row.market(), row.currency(), row.version(), contents,
				offers.offers(contents.quantities().keySet(), row.market() == null ? "" : row.market()));
	}

	/**
	 * The buyer's cart as one snapshot (row, lines and shipping choices in one
	 * statement), without creating or locking it, with the offers it was priced from:
	 * what a review needs. A change after this read bumps the version, which placing
	 * checks.
	 */
	Snapshot snapshot(long accountId) {
		record Row(long cart, String market, String currency, long version, String kind, long id, int quantity,
				String service) {
		}
		List<Row> rows = jdbc.sql("""
				select c.id, c.market, c.currency, c.version, x.kind, x.id, x.quantity, x.service
				from ordering.cart c left join lateral (
				  select 'L' as kind, l.variant_id as id, l.quantity, null as service, l.added_at, 0 as part
				  from ordering.cart_line l where l.cart_id = c.id
				  union all
				  select 'S', s.merchant_id, 0, s.service, null, 1 from ordering.cart_shipping s where s.cart_id = c.id
				) x on true
				where c.account_id = :a
				order by x.part, x.added_at, x.id""")
			.param("a", accountId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
					rs.getLong(6), rs.getInt(7), rs.getString(8)))
			.list();
		if (rows.isEmpty()) {
			return new Snapshot(new CartView(null, null, 0, List.of(), Map.of()), Map.of());
		}
		Contents contents = new Contents(new LinkedHashMap<>(), new LinkedHashMap<>());
		for (Row row : rows) {
			if ("L".equals(row.kind())) {
				contents.quantities().put(row.id(), row.quantity());
			}
			else if ("S".equals(row.kind())) {
				contents.shipping().put(row.id(), row.service());
			}
		}
		Row first = rows.get(0);
		Map<Long, Offer> found = offers.offers(contents.quantities().keySet(),
				first.market() == null ? "" : first.market());
		return new Snapshot(view(first.market(), first.currency(), first.version(), contents, found), found);
	}

	/** A cart as read in one statement, and the offers its lines were priced from. */
	record Snapshot(CartView cart, Map<Long, Offer> offers) {
	}

	private record Contents(Map<Long, Integer> quantities, Map<Long, String> shipping) {
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

	private static CartView view(String market, String currency, long version, Contents contents,
			Map<Long, Offer> found) {
		List<CartView.Line> lines = new ArrayList<>();
		contents.quantities().forEach((variant, quantity) -> {
			Offer offer = found.get(variant);
			if (offer != null) {
				lines.add(new CartView.Line(variant, offer.variantSku(), title(offer, "en"), offer.merchantId(),
						quantity, market == null ? null : offer.unitPrice(), market != null && offer.sellable(),
						offer.titles()));
			}
		});
		return new CartView(market, currency, version, lines, contents.shipping());
	}

	static String title(Offer offer, String lang) {
		return new LocalizedText(offer.titles(), offer.defaultLang()).in(lang).orElse(offer.variantSku());
	}

	private CartView touched(long cart) {
		jdbc.sql("update ordering.cart set version = version + 1, updated_at = now() where id = :id")
			.param("id", cart)
			.update();
		return view(cart);
	}

	private void requireVariant(long variantId) {
		if (offers.offers(List.of(variantId), "").isEmpty()) {
			throw new InvalidInputException("variantId", "is not a known variant");
		}
	}

	private static void checkQuantity(int quantity) {
		if (quantity < 1) {
			throw new InvalidInputException("quantity", "must be at least 1");
		}
		if (quantity > MAX_QUANTITY) {
			throw new InvalidInputException("quantity", "must be at most " + MAX_QUANTITY);
		}
	}

}

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

	@Override
	@Transactional
	public CartView add(TwinportUser buyer, long variantId, int quantity) {
		checkQuantity(quantity);
		long cart = cartId(buyer);
		requireVariant(variantId);
		int changed = jdbc
			.sql("""
					insert into ordering.cart_line (cart_id, variant_id, quantity) values (:cart, :v, :q)
					on conflict (cart_id, variant_id) do update set quantity = ordering.cart_line.quantity + excluded.quantity
					where ordering.cart_line.quantity + excluded.quantity <= :max""")
			.param("cart", cart)
			.param("v", variantId)
			.param("q", quantity)
			.param("max", MAX_QUANTITY)
			.update();
		if (changed == 0) {
			throw new InvalidInputException("quantity", "would bring the line over the maximum of " + MAX_QUANTITY);
		}
		return touched(cart);
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
		Map<Long, Integer> quantities = new LinkedHashMap<>();
		jdbc.sql(
				"select variant_id, quantity from ordering.cart_line where cart_id = :id order by added_at, variant_id")
			.param("id", cart)
			.query((rs, n) -> quantities.put(rs.getLong(1), rs.getInt(2)))
			.list();
		Map<Long, Offer> found = offers.offers(quantities.keySet(), row.market() == null ? "" : row.market());
		List<CartView.Line> lines = new ArrayList<>();
		quantities.forEach((variant, quantity) -> {
			Offer offer = found.get(variant);
			if (offer != null) {
				lines.add(new CartView.Line(variant, offer.variantSku(), title(offer, "en"), offer.merchantId(),
						quantity, row.market() == null ? null : offer.unitPrice(),
						row.market() != null && offer.sellable()));
			}
		});
		Map<Long, String> shipping = new LinkedHashMap<>();
		jdbc.sql("select merchant_id, service from ordering.cart_shipping where cart_id = :id order by merchant_id")
			.param("id", cart)
			.query((rs, n) -> shipping.put(rs.getLong(1), rs.getString(2)))
			.list();
		return new CartView(row.market(), row.currency(), row.version(), lines, shipping);
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

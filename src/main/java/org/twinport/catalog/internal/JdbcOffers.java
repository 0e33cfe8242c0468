package org.twinport.catalog.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.Offers;
import org.twinport.catalog.OutOfStockException;
import org.twinport.shared.Money;

@Service
class JdbcOffers implements Offers {

	private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcOffers(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public Map<Long, Offer> offers(Collection<Long> variantIds, String market) {
		if (variantIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Offer> offers = new HashMap<>();
		jdbc.sql("""
				select v.id, v.sku, p.id as product_id, p.merchant_id, p.default_lang, p.hs_code, p.origin_country,
				  coalesce(v.weight_grams, p.weight_grams, 0) as grams, p.currency,
				  coalesce(v.price, mp.amount, p.base_price) as price,
				  p.status = 'ACTIVE' and m.verification = 'VERIFIED' and :market = any(p.markets) as sellable,
				  (select jsonb_object_agg(t.lang, t.title) from catalog.product_text t where t.product_id = p.id)::text
				    as titles
				from catalog.variant v join catalog.product p on p.id = v.product_id
				join catalog.merchant m on m.id = p.merchant_id
				left join catalog.market_price mp on mp.product_id = p.id and mp.country_code = :market
				where v.id in (:ids)""")
			.param("market", market)
			.param("ids", List.copyOf(variantIds))
			.query((rs, n) -> new Offer(rs.getLong("id"), rs.getString("sku"), rs.getLong("product_id"),
					rs.getLong("merchant_id"),
					rs.getString("titles") == null ? Map.of() : json.readValue(rs.getString("titles"), STRINGS),
					rs.getString("default_lang"), rs.getString("hs_code"), rs.getString("origin_country"),
					rs.getInt("grams"),
					new Money(rs.getBigDecimal("price").stripTrailingZeros(), rs.getString("currency")).rounded(),
					rs.getBoolean("sellable")))
			.list()
			.forEach(offer -> offers.put(offer.variantId(), offer));
		return offers;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Allocation> reserve(Map<Long, Integer> quantities) {
		List<Allocation> allocations = new ArrayList<>();
		// Sorted by variant, and each variant's warehouses by id: every transaction locks
		// rows in the same order.
		for (Map.Entry<Long, Integer> wanted : new TreeMap<>(quantities).entrySet()) {
			long variant = wanted.getKey();
			int quantity = wanted.getValue();
			// One conditional UPDATE: the first warehouse (by id) with enough available
			// takes the whole quantity.
			// The CHECK on the table backs it; a concurrent buyer re-evaluates the WHERE
			// after our commit.
			Long warehouse = jdbc.sql("""
					update catalog.stock s set reserved = s.reserved + :q
					where s.variant_id = :v and s.warehouse_id = (
					  select warehouse_id from catalog.stock where variant_id = :v and on_hand - reserved >= :q
					  order by warehouse_id limit 1)
					and s.on_hand - s.reserved >= :q
					returning s.warehouse_id""")
				.param("q", quantity)
				.param("v", variant)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new OutOfStockException(variant, sku(variant), quantity));
			allocations.add(new Allocation(variant, warehouse, quantity));
		}
		return allocations;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(List<Allocation> allocations) {
		for (Allocation allocation : sorted(allocations)) {
			jdbc.sql("""
					update catalog.stock set reserved = greatest(reserved - :q, 0)
					where variant_id = :v and warehouse_id = :w""")
				.param("q", allocation.quantity())
				.param("v", allocation.variantId())
				.param("w", allocation.warehouseId())
				.update();
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void ship(List<Allocation> allocations) {
		for (Allocation allocation : sorted(allocations)) {
			jdbc.sql("""
					update catalog.stock set on_hand = on_hand - :q, reserved = reserved - :q
					where variant_id = :v and warehouse_id = :w and reserved >= :q""")
				.param("q", allocation.quantity())
				.param("v", allocation.variantId())
				.param("w", allocation.warehouseId())
				.update();
		}
	}

	private static List<Allocation> sorted(List<Allocation> allocations) {
		return allocations.stream()
			.sorted(java.util.Comparator.comparingLong(Allocation::variantId)
				.thenComparingLong(Allocation::warehouseId))
			.toList();
	}

	private String sku(long variant) {
		return jdbc.sql("select sku from catalog.variant where id = :v")
			.param("v", variant)
			.query(String.class)
			.optional()
			.orElse("variant " + variant);
	}

}

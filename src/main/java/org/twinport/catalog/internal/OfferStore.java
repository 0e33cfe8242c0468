package org.twinport.catalog.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.Offers;
import org.twinport.catalog.OutOfStockException;
import org.twinport.catalog.ProductChanged;
import org.twinport.shared.Money;

/**
 * Offers (price and stock available per market) and stock reservations, each a set-based
 * statement over {@code catalog.stock}: the store the ordering module reserves, releases and
 * ships through.
 */
@Service
class OfferStore implements Offers {

	private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	OfferStore(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
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
				    as titles,
				  nc.code as national_code
				from catalog.variant v join catalog.product p on p.id = v.product_id
				join catalog.merchant m on m.id = p.merchant_id
				left join catalog.market_price mp on mp.product_id = p.id and mp.country_code = :market
				left join catalog.product_national_code nc on nc.product_id = p.id and nc.country_code = :market
				where v.id in (:ids)""")
			.param("market", market)
			.param("ids", List.copyOf(variantIds))
			.query((rs, n) -> new Offer(rs.getLong("id"), rs.getString("sku"), rs.getLong("product_id"),
					rs.getLong("merchant_id"),
					rs.getString("titles") == null ? Map.of() : json.readValue(rs.getString("titles"), STRINGS),
					rs.getString("default_lang"), rs.getString("hs_code"), rs.getString("origin_country"),
					rs.getInt("grams"),
					new Money(rs.getBigDecimal("price").stripTrailingZeros(), rs.getString("currency")).rounded(),
					rs.getBoolean("sellable"), rs.getString("national_code")))
			.list()
			.forEach(offer -> offers.put(offer.variantId(), offer));
		return offers;
	}

	/**
	 * One statement for the whole order, so that a caller that reserves last holds the
	 * stock row locks only from here to its commit. Bundles are expanded into their
	 * components and the units are summed per stock item; for each the first warehouse
	 * (by id) with enough available for the total is picked; the rows are then locked in
	 * (variant, warehouse) order, so concurrent reservations never deadlock, and updated
	 * only if they still have enough once locked (a buyer that waited re-reads the row
	 * after the other commits). A stock item left without a warehouse had not enough: the
	 * caller rolls back. The CHECK on the table backs it all.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Reservation> reserve(Map<Long, Integer> quantities) {
		TreeMap<Long, Integer> sold = new TreeMap<>(quantities);
		record Row(long sold, long stock, int quantity, Long warehouse) {
		}
		List<Row> rows = jdbc.sql("""
				with sold as (
				  select r.variant_id as sold, coalesce(c.component_variant_id, r.variant_id) as stock,
				    r.quantity * coalesce(c.quantity, 1) as quantity
				  from unnest(cast(:variants as bigint[]), cast(:quantities as integer[])) as r(variant_id, quantity)
				  left join catalog.variant_component c on c.bundle_variant_id = r.variant_id),
				totals as (select stock as variant_id, sum(quantity)::integer as quantity from sold group by stock),
				wanted as materialized (
				  select t.variant_id, t.quantity,
				    (select s.warehouse_id from catalog.stock s
				     where s.variant_id = t.variant_id and s.on_hand - s.reserved >= t.quantity
				     order by s.warehouse_id limit 1) as warehouse_id
				  from totals t),
				locked as materialized (
				  select s.variant_id, s.warehouse_id from catalog.stock s
				  join wanted w on w.variant_id = s.variant_id and w.warehouse_id = s.warehouse_id
				  order by s.variant_id, s.warehouse_id
				  for update of s),
				reserved as (
				  update catalog.stock s set reserved = s.reserved + w.quantity
				  from wanted w, locked l
				  where s.variant_id = w.variant_id and s.warehouse_id = w.warehouse_id
				    and l.variant_id = s.variant_id and l.warehouse_id = s.warehouse_id
				    and s.on_hand - s.reserved >= w.quantity
				  returning s.variant_id, s.warehouse_id)
				select d.sold, d.stock, d.quantity, r.warehouse_id
				from sold d left join reserved r on r.variant_id = d.stock
				order by d.sold, d.stock""")
			.param("variants", sold.keySet().toArray(Long[]::new))
			.param("quantities", sold.values().toArray(Integer[]::new))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), (Long) rs.getObject(4)))
			.list();
		List<Reservation> reservations = new ArrayList<>();
		for (Row row : rows) {
			if (row.warehouse() == null) {
				int total = rows.stream().filter(r -> r.stock() == row.stock()).mapToInt(Row::quantity).sum();
				throw new OutOfStockException(row.stock(), sku(row.stock()), total);
			}
			reservations.add(new Reservation(row.sold(), new Allocation(row.stock(), row.warehouse(), row.quantity())));
		}
		return reservations;
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
		Set<Long> soldOut = new HashSet<>();
		for (Allocation allocation : sorted(allocations)) {
			jdbc.sql("""
					update catalog.stock set on_hand = on_hand - :q, reserved = reserved - :q
					where variant_id = :v and warehouse_id = :w and reserved >= :q
					returning on_hand""")
				.param("q", allocation.quantity())
				.param("v", allocation.variantId())
				.param("w", allocation.warehouseId())
				.query(Integer.class)
				.optional()
				.filter(left -> left == 0)
				.ifPresent(left -> soldOut.add(allocation.variantId()));
		}
		// The last units gone: search may have to stop offering the product.
		if (!soldOut.isEmpty()) {
			jdbc.sql("select distinct product_id from catalog.variant where id in (:ids)")
				.param("ids", soldOut)
				.query(Long.class)
				.list()
				.forEach(product -> events.publishEvent(new ProductChanged(product)));
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

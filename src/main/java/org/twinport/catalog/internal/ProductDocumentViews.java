package org.twinport.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.twinport.catalog.ProductDocument;
import org.twinport.catalog.ProductDocuments;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkDirectory.PlaceNames;
import org.twinport.platform.SharedDataCaches;
import org.twinport.shared.LocalizedText;
import org.twinport.shared.Money;

/**
 * Reads products as the search index and the product page need them: one document per
 * product with its labels (category path, merchant place) resolved. Reads only.
 */
@Service
class ProductDocumentViews implements ProductDocuments {

	private static final String SELECT = """
			select p.id, p.merchant_id, p.status, p.markets, p.origin_country, p.hs_code, p.default_lang, p.base_price,
			  p.currency, p.created_at, p.category_id, m.display_names::text as merchant_names, m.home_place_id,
			  m.country_code as merchant_country, m.verification,
			  (select jsonb_object_agg(t.lang, jsonb_build_array(t.title, t.description)) from catalog.product_text t
			    where t.product_id = p.id)::text as texts,
			  (select jsonb_object_agg(mp.country_code, mp.amount) from catalog.market_price mp
			    where mp.product_id = p.id)::text as market_prices,
			  (select array_agg(v.sku) from catalog.variant v where v.product_id = p.id) as skus,
			  exists (select 1 from catalog.variant v where v.product_id = p.id and (
			    exists (select 1 from catalog.stock s where s.variant_id = v.id and s.on_hand > 0)
			    or exists (select 1 from catalog.variant_component c join catalog.stock s on s.variant_id = c.component_variant_id
			               where c.bundle_variant_id = v.id and s.on_hand > 0))) as stocked
			from catalog.product p join catalog.merchant m on m.id = p.merchant_id
			""";

	private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NetworkDirectory network;

	private volatile Labels labels;

	private final long labelsTtlMillis;

	ProductDocumentViews(JdbcClient jdbc, JsonMapper json, NetworkDirectory network, SharedDataCaches caches) {
		this.labelsTtlMillis = caches.ttl().toMillis();
		this.jdbc = jdbc;
		this.json = json;
		this.network = network;
	}

	/**
	 * Category tree and place names, small enough to hold; reloaded at most once a
	 * minute.
	 */
	private record Labels(Map<Long, String> categoryCodes, Map<Long, Long> parents,
			Map<String, Map<String, String>> categoryNames, Map<Long, PlaceNames> places,
			Map<String, Map<String, String>> placeNames, long loadedAt) {
	}

	@Override
	public Optional<ProductDocument> document(long productId) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", productId).query(this::documentRow).optional();
	}

	@Override
	public List<Long> productIdsOf(long merchantId) {
		return jdbc.sql("select id from catalog.product where merchant_id = :m order by id")
			.param("m", merchantId)
			.query(Long.class)
			.list();
	}

	@Override
	public List<ProductDocument> documents(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where p.id = any(cast(:ids as bigint[]))")
			.param("ids", "{" + productIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
			.query(this::documentRow)
			.list();
	}

	@Override
	public void forEach(Consumer<ProductDocument> consumer) {
		labels = null;
		long after = 0;
		while (true) {
			List<ProductDocument> batch = jdbc.sql(SELECT + " where p.id > :after order by p.id limit 2000")
				.param("after", after)
				.query(this::documentRow)
				.list();
			if (batch.isEmpty()) {
				return;
			}
			batch.forEach(consumer);
			after = batch.get(batch.size() - 1).id();
		}
	}

	@Override
	public String label(String kind, String code, String lang) {
		Map<String, Map<String, String>> names = "category".equals(kind) ? labels().categoryNames()
				: labels().placeNames();
		Map<String, String> byLang = names.get(code);
		return byLang == null ? code : new LocalizedText(byLang, "en").in(lang).orElse(code);
	}

	private ProductDocument documentRow(ResultSet rs, int row) throws SQLException {
		Labels known = labels();
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> descriptions = new LinkedHashMap<>();
		String texts = rs.getString("texts");
		if (texts != null) {
			for (Map.Entry<String, JsonNode> text : json.readTree(texts).properties()) {
				titles.put(text.getKey(), text.getValue().get(0).asString());
				descriptions.put(text.getKey(), text.getValue().get(1).asString());
			}
		}
		String currency = rs.getString("currency");
		Money base = new Money(rs.getBigDecimal("base_price"), currency);
		Map<String, Money> prices = new LinkedHashMap<>();
		String overrides = rs.getString("market_prices");
		JsonNode overrideJson = overrides == null ? null : json.readTree(overrides);
		for (String market : ProductReader.strings(rs.getArray("markets"))) {
			JsonNode override = overrideJson == null ? null : overrideJson.get(market);
			prices.put(market, override == null ? base : new Money(override.decimalValue(), currency));
		}
		PlaceNames place = known.places().get(rs.getLong("home_place_id"));
		long category = rs.getLong("category_id");
		boolean uncategorised = rs.wasNull();
		// Without a variant in stock there is nothing a buyer could put in the cart.
		boolean visible = "ACTIVE".equals(rs.getString("status")) && "VERIFIED".equals(rs.getString("verification"))
				&& rs.getBoolean("stocked");
		return new ProductDocument(rs.getLong("id"), rs.getLong("merchant_id"),
				json.readValue(rs.getString("merchant_names"), STRINGS), place == null ? "" : place.code(),
				rs.getString("merchant_country"), visible, uncategorised ? List.of() : categoryPath(known, category),
				rs.getString("origin_country"), rs.getString("hs_code"), rs.getString("default_lang"), titles,
				descriptions, ProductReader.strings(rs.getArray("skus")), prices,
				rs.getTimestamp("created_at").toInstant());
	}

	private List<String> categoryPath(Labels known, long category) {
		if (!known.categoryCodes().containsKey(category)) {
			// defined since the labels were loaded: read them again rather than index a
			// gap
			labels = null;
			known = labels();
		}
		List<String> path = new ArrayList<>();
		Long current = category;
		while (current != null && path.size() < 20) {
			path.add(0, known.categoryCodes().get(current));
			current = known.parents().get(current);
		}
		return path;
	}

	private Labels labels() {
		Labels current = labels;
		if (current == null || System.currentTimeMillis() - current.loadedAt() > labelsTtlMillis) {
			Map<Long, String> codes = new HashMap<>();
			Map<Long, Long> parents = new HashMap<>();
			Map<String, Map<String, String>> names = new HashMap<>();
			jdbc.sql("select id, code, parent_id, names::text from catalog.category").query(rs -> {
				codes.put(rs.getLong(1), rs.getString(2));
				long parent = rs.getLong(3);
				if (!rs.wasNull()) {
					parents.put(rs.getLong(1), parent);
				}
				names.put(rs.getString(2), json.readValue(rs.getString(4), STRINGS));
			});
			Map<Long, PlaceNames> places = new HashMap<>();
			Map<String, Map<String, String>> placeNames = new HashMap<>();
			for (PlaceNames place : network.places()) {
				places.put(place.id(), place);
				placeNames.put(place.code(), place.names());
			}
			current = new Labels(codes, parents, names, places, placeNames, System.currentTimeMillis());
			labels = current;
		}
		return current;
	}

}

package org.twinport.catalog.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductStatus;
import org.twinport.catalog.ProductsImported;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Writes a batch of checked drafts in one transaction with one statement per table (the
 * rows travel as arrays and are unnested by PostgreSQL), and announces them with one
 * {@link ProductsImported}. Same effect as {@link ProductWriter} per product: products
 * upserted by merchant and SKU, texts and market prices replaced, variants matched by
 * SKU.
 * <p>
 * Longer than our 300 lines on purpose: one statement per table, in the order the foreign
 * keys need, is the benchmarked import path, and reads best as one transaction in one file.
 */
@Component
class BulkProductWriter {

	private static final String PRODUCTS = """
			insert into catalog.product (merchant_id, sku, category_id, attributes, default_lang, hs_code, origin_country,
			  weight_grams, base_price, currency, status, markets, demo)
			select t.m, t.sku, t.cat, cast(t.attrs as jsonb), t.lang, t.hs, t.origin, t.w, t.price, t.cur, t.status,
			  case when t.markets = '' then '{}'::text[] else string_to_array(t.markets, ' ') end, t.demo
			from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[],
			  ?::numeric[], ?::text[], ?::text[], ?::text[], ?::boolean[])
			  as t(m, sku, cat, attrs, lang, hs, origin, w, price, cur, status, markets, demo)
			on conflict (merchant_id, sku) do update set category_id = excluded.category_id,
			  attributes = excluded.attributes, default_lang = excluded.default_lang, hs_code = excluded.hs_code,
			  origin_country = excluded.origin_country, weight_grams = excluded.weight_grams, length_mm = null,
			  width_mm = null, height_mm = null, base_price = excluded.base_price, currency = excluded.currency,
			  status = excluded.status, markets = excluded.markets, updated_at = now()
			returning id, merchant_id, sku""";

	/**
	 * Variant SKUs of the batch that already belong to another product of the merchant.
	 */
	private static final String TAKEN_SKUS = """
			select distinct t.i from unnest(?::int[], ?::bigint[], ?::text[], ?::text[]) as t(i, m, vsku, psku)
			join catalog.variant v on v.merchant_id = t.m and v.sku = t.vsku
			join catalog.product p on p.id = v.product_id
			where p.sku <> t.psku""";

	private static final String VARIANTS = """
			insert into catalog.variant (product_id, merchant_id, sku, options, price, weight_grams)
			select t.p, t.m, t.sku, cast(t.options as jsonb), t.price, t.w
			from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::numeric[], ?::int[])
			  as t(p, m, sku, options, price, w)
			on conflict (merchant_id, sku) do update set options = excluded.options, price = excluded.price,
			  weight_grams = excluded.weight_grams
			where catalog.variant.product_id = excluded.product_id""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	BulkProductWriter(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.json = json;
	}

	/**
	 * A product to write, already checked by {@link ProductDraftRules}.
	 *
	 * @param categoryId the draft's category, resolved
	 */
	record Item(long merchantId, boolean demo, Long categoryId, ProductDraft draft) {
	}

	/**
	 * Writes the items that can be written together.
	 * @return per item, in order, null when written or why it was not; when any item
	 * fails in the database, the whole batch is rolled back and thrown
	 */
	List<@Nullable InvalidInputException> write(List<Item> items) {
		return transactions.execute(status -> jdbc.execute((Connection connection) -> {
			List<@Nullable InvalidInputException> outcome = new ArrayList<>(
					java.util.Collections.nCopies(items.size(), (InvalidInputException) null));
			for (int i : takenSkus(connection, items)) {
				outcome.set(i, new InvalidInputException("variants.sku", Reason.of("catalog.problem.skuOfOtherProduct")));
			}
			List<Item> writable = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				if (outcome.get(i) == null) {
					writable.add(items.get(i));
				}
			}
			if (!writable.isEmpty()) {
				List<Long> ids = products(connection, writable);
				texts(connection, writable, ids);
				marketPrices(connection, writable, ids);
				variants(connection, writable, ids);
				stock(connection, writable);
				events.publishEvent(new ProductsImported(ids));
			}
			return outcome;
		}));
	}

	private Set<Integer> takenSkus(Connection connection, List<Item> items) throws SQLException {
		List<Integer> index = new ArrayList<>();
		List<Long> merchants = new ArrayList<>();
		List<String> variantSkus = new ArrayList<>();
		List<String> productSkus = new ArrayList<>();
		Set<Integer> taken = new HashSet<>();
		Map<String, Integer> inBatch = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			for (ProductDraft.VariantDraft variant : variants(item)) {
				Integer other = inBatch.putIfAbsent(item.merchantId() + "/" + variant.sku(), i);
				if (other != null && other != i) {
					taken.add(i);
				}
				index.add(i);
				merchants.add(item.merchantId());
				variantSkus.add(variant.sku());
				productSkus.add(item.draft().sku());
			}
		}
		if (index.isEmpty()) {
			return taken;
		}
		try (PreparedStatement statement = connection.prepareStatement(TAKEN_SKUS)) {
			statement.setArray(1, array(connection, "int4", index));
			statement.setArray(2, array(connection, "int8", merchants));
			statement.setArray(3, array(connection, "text", variantSkus));
			statement.setArray(4, array(connection, "text", productSkus));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					taken.add(rs.getInt(1));
				}
			}
		}
		return taken;
	}

	private List<Long> products(Connection connection, List<Item> items) throws SQLException {
		int n = items.size();
		List<Object> m = new ArrayList<>(n), sku = new ArrayList<>(n), cat = new ArrayList<>(n),
				attrs = new ArrayList<>(n), lang = new ArrayList<>(n), hs = new ArrayList<>(n),
				origin = new ArrayList<>(n), w = new ArrayList<>(n), price = new ArrayList<>(n),
				cur = new ArrayList<>(n), status = new ArrayList<>(n), markets = new ArrayList<>(n),
				demo = new ArrayList<>(n);
		for (Item item : items) {
			ProductDraft draft = item.draft();
			m.add(item.merchantId());
			sku.add(draft.sku());
			cat.add(item.categoryId());
			attrs.add(json.writeValueAsString(ProductDraftRules.attributes(draft)));
			lang.add(draft.defaultLang() != null ? draft.defaultLang() : draft.texts().keySet().iterator().next());
			hs.add(draft.hsCode());
			origin.add(draft.originCountry().toUpperCase());
			w.add(draft.weightGrams());
			price.add(draft.basePrice().amount());
			cur.add(draft.basePrice().currency());
			status.add((draft.status() == null ? ProductStatus.DRAFT : draft.status()).name());
			markets.add(String.join(" ", ProductDraftRules.markets(draft)));
			demo.add(item.demo());
		}
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(PRODUCTS)) {
			String[] types = { "int8", "text", "int8", "text", "text", "text", "text", "int4", "numeric", "text",
					"text", "text", "bool" };
			List<List<Object>> columns = List.of(m, sku, cat, attrs, lang, hs, origin, w, price, cur, status, markets,
					demo);
			for (int i = 0; i < columns.size(); i++) {
				statement.setArray(i + 1, array(connection, types[i], columns.get(i)));
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					ids.put(rs.getLong(2) + "/" + rs.getString(3), rs.getLong(1));
				}
			}
		}
		List<Long> ordered = new ArrayList<>(n);
		for (Item item : items) {
			Long id = ids.get(item.merchantId() + "/" + item.draft().sku());
			if (id == null) {
				throw new IllegalStateException("product " + item.draft().sku() + " was not written");
			}
			ordered.add(id);
		}
		return ordered;
	}

	private void texts(Connection connection, List<Item> items, List<Long> ids) throws SQLException {
		deleteFor(connection, "catalog.product_text", ids);
		List<Object> product = new ArrayList<>(), lang = new ArrayList<>(), title = new ArrayList<>(),
				description = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			for (Map.Entry<String, ProductDraft.Text> text : items.get(i).draft().texts().entrySet()) {
				product.add(ids.get(i));
				lang.add(text.getKey());
				title.add(text.getValue().title().strip());
				description.add(text.getValue().description() == null ? "" : text.getValue().description());
			}
		}
		insert(connection, """
				insert into catalog.product_text (product_id, lang, title, description)
				select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[])""",
				new String[] { "int8", "text", "text", "text" }, product, lang, title, description);
	}

	private void marketPrices(Connection connection, List<Item> items, List<Long> ids) throws SQLException {
		deleteFor(connection, "catalog.market_price", ids);
		List<Object> product = new ArrayList<>(), country = new ArrayList<>(), amount = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Map<String, org.twinport.shared.Money> prices = items.get(i).draft().marketPrices();
			if (prices != null) {
				for (Map.Entry<String, org.twinport.shared.Money> price : prices.entrySet()) {
					product.add(ids.get(i));
					country.add(price.getKey().toUpperCase());
					amount.add(price.getValue().amount());
				}
			}
		}
		if (!product.isEmpty()) {
			insert(connection, """
					insert into catalog.market_price (product_id, country_code, amount)
					select * from unnest(?::bigint[], ?::text[], ?::numeric[])""",
					new String[] { "int8", "text", "numeric" }, product, country, amount);
		}
	}

	private void variants(Connection connection, List<Item> items, List<Long> ids) throws SQLException {
		List<Object> product = new ArrayList<>(), merchant = new ArrayList<>(), sku = new ArrayList<>(),
				options = new ArrayList<>(), price = new ArrayList<>(), weight = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			for (ProductDraft.VariantDraft variant : variants(item)) {
				product.add(ids.get(i));
				merchant.add(item.merchantId());
				sku.add(variant.sku());
				options.add(json.writeValueAsString(variant.options() == null ? Map.of() : variant.options()));
				price.add(variant.price() == null ? null : variant.price().amount());
				weight.add(variant.weightGrams());
			}
		}
		try (PreparedStatement statement = connection.prepareStatement("""
				delete from catalog.variant v where v.product_id = any(?::bigint[])
				  and not exists (select 1 from unnest(?::bigint[], ?::text[]) as k(p, sku)
				                  where k.p = v.product_id and k.sku = v.sku)""")) {
			statement.setArray(1, array(connection, "int8", new ArrayList<>(ids)));
			statement.setArray(2, array(connection, "int8", product));
			statement.setArray(3, array(connection, "text", sku));
			statement.executeUpdate();
		}
		if (product.isEmpty()) {
			return;
		}
		int written = insert(connection, VARIANTS, new String[] { "int8", "int8", "text", "text", "numeric", "int4" },
				product, merchant, sku, options, price, weight);
		if (written != product.size()) {
			throw new IllegalStateException("a variant SKU belongs to another product");
		}
	}

	/**
	 * Quantities on hand given with the variants, into each merchant's main warehouse
	 * ({@link MainWarehouse}). A quantity below what orders have reserved is left as it
	 * was.
	 */
	private void stock(Connection connection, List<Item> items) throws SQLException {
		List<Object> merchant = new ArrayList<>(), sku = new ArrayList<>(), onHand = new ArrayList<>();
		Set<Long> merchants = new HashSet<>();
		for (Item item : items) {
			for (ProductDraft.VariantDraft variant : variants(item)) {
				if (variant.onHand() != null) {
					merchant.add(item.merchantId());
					sku.add(variant.sku());
					onHand.add(variant.onHand());
					merchants.add(item.merchantId());
				}
			}
		}
		if (merchant.isEmpty()) {
			return;
		}
		insert(connection, MainWarehouse.OPEN_WHERE_MISSING, new String[] { "int8" }, new ArrayList<>(merchants));
		insert(connection, """
				insert into catalog.stock (variant_id, warehouse_id, on_hand)
				select v.id, %s, t.n
				from unnest(?::bigint[], ?::text[], ?::int[]) as t(m, sku, n)
				join catalog.variant v on v.merchant_id = t.m and v.sku = t.sku
				on conflict (variant_id, warehouse_id) do update set on_hand = excluded.on_hand
				where catalog.stock.reserved <= excluded.on_hand""".formatted(MainWarehouse.FIRST_OF_MERCHANT.formatted("t.m")),
				new String[] { "int8", "text", "int4" }, merchant, sku, onHand);
	}

	private static List<ProductDraft.VariantDraft> variants(Item item) {
		return item.draft().variants() == null ? List.of() : item.draft().variants();
	}

	private static void deleteFor(Connection connection, String table, List<Long> ids) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("delete from " + table + " where product_id = any(?::bigint[])")) {
			statement.setArray(1, array(connection, "int8", new ArrayList<>(ids)));
			statement.executeUpdate();
		}
	}

	@SafeVarargs
	private static int insert(Connection connection, String sql, String[] types, List<Object>... columns)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < columns.length; i++) {
				statement.setArray(i + 1, array(connection, types[i], columns[i]));
			}
			return statement.executeUpdate();
		}
	}

	private static Array array(Connection connection, String type, List<?> values) throws SQLException {
		Object[] elements = switch (type) {
			case "int8" -> values.toArray(Long[]::new);
			case "int4" -> values.toArray(Integer[]::new);
			case "numeric" -> values.toArray(BigDecimal[]::new);
			case "bool" -> values.toArray(Boolean[]::new);
			default -> values.toArray(String[]::new);
		};
		return connection.createArrayOf(type, elements);
	}

}

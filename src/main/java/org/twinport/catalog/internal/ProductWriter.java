package org.twinport.catalog.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductStatus;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Writes a checked draft into the product tables: the row, its texts, market prices and
 * variants.
 */
@Component
class ProductWriter {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MainWarehouse mainWarehouse;

	ProductWriter(JdbcClient jdbc, JsonMapper json, MainWarehouse mainWarehouse) {
		this.jdbc = jdbc;
		this.json = json;
		this.mainWarehouse = mainWarehouse;
	}

	/**
	 * Inserts, or updates the merchant's product with the same SKU; returns its id.
	 * @param nationalCodes the draft's national codes as checked, replacing any it had
	 */
	long upsert(long merchantId, Long productId, ProductDraft draft, boolean demo, Map<String, String> nationalCodes) {
		Long category = categoryId(draft.categoryCode());
		String sql = productId == null
				? """
						insert into catalog.product (merchant_id, sku, category_id, attributes, default_lang, hs_code, origin_country,
						  weight_grams, length_mm, width_mm, height_mm, base_price, currency, status, markets, demo)
						values (:m, :sku, :cat, cast(:attrs as jsonb), :lang, :hs, :origin, :w, :l, :wd, :h, :price, :cur, :status,
						  cast(:markets as text[]), :demo)
						on conflict (merchant_id, sku) do update set category_id = excluded.category_id,
						  attributes = excluded.attributes, default_lang = excluded.default_lang, hs_code = excluded.hs_code,
						  origin_country = excluded.origin_country, weight_grams = excluded.weight_grams,
						  length_mm = excluded.length_mm, width_mm = excluded.width_mm, height_mm = excluded.height_mm,
						  base_price = excluded.base_price, currency = excluded.currency, status = excluded.status,
						  markets = excluded.markets, updated_at = now()
						returning id"""
				: """
						update catalog.product set sku = :sku, category_id = :cat, attributes = cast(:attrs as jsonb),
						  default_lang = :lang, hs_code = :hs, origin_country = :origin, weight_grams = :w, length_mm = :l,
						  width_mm = :wd, height_mm = :h, base_price = :price, currency = :cur, status = :status,
						  markets = cast(:markets as text[]), updated_at = now()
						where id = :id and merchant_id = :m
						returning id""";
		ProductDraft.Dimensions dims = draft.dimensions() == null ? new ProductDraft.Dimensions(null, null, null)
				: draft.dimensions();
		List<String> markets = ProductDraftRules.markets(draft);
		long id;
		try {
			id = jdbc.sql(sql)
				.param("m", merchantId)
				.param("id", productId)
				.param("sku", draft.sku())
				.param("cat", category)
				.param("attrs", json.writeValueAsString(ProductDraftRules.attributes(draft)))
				.param("lang",
						draft.defaultLang() != null ? draft.defaultLang() : draft.texts().keySet().iterator().next())
				.param("hs", draft.hsCode())
				.param("origin", draft.originCountry().toUpperCase())
				.param("w", draft.weightGrams())
				.param("l", dims.lengthMm())
				.param("wd", dims.widthMm())
				.param("h", dims.heightMm())
				.param("price", draft.basePrice().amount())
				.param("cur", draft.basePrice().currency())
				.param("status", (draft.status() == null ? ProductStatus.DRAFT : draft.status()).name())
				.param("markets", "{" + String.join(",", markets) + "}")
				.param("demo", demo)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("sku", Reason.of("catalog.problem.skuTaken"));
		}
		writeTexts(id, draft.texts());
		writeMarketPrices(id, draft.marketPrices());
		writeNationalCodes(id, nationalCodes);
		writeVariants(merchantId, id, draft.variants() == null ? List.of() : draft.variants());
		return id;
	}

	private Long categoryId(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return jdbc.sql("select id from catalog.category where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException("categoryCode", Reason.of("catalog.problem.unknownCategory")));
	}

	private void writeTexts(long id, Map<String, ProductDraft.Text> texts) {
		jdbc.sql("delete from catalog.product_text where product_id = :id").param("id", id).update();
		texts.forEach((lang, text) -> jdbc.sql("""
				insert into catalog.product_text (product_id, lang, title, description) values (:id, :lang, :t, :d)""")
			.param("id", id)
			.param("lang", lang)
			.param("t", text.title().strip())
			.param("d", text.description() == null ? "" : text.description())
			.update());
	}

	private void writeMarketPrices(long id, Map<String, org.twinport.shared.Money> prices) {
		jdbc.sql("delete from catalog.market_price where product_id = :id").param("id", id).update();
		if (prices != null) {
			prices.forEach((country, money) -> jdbc
				.sql("insert into catalog.market_price (product_id, country_code, amount) values (:id, :c, :a)")
				.param("id", id)
				.param("c", country.toUpperCase())
				.param("a", money.amount())
				.update());
		}
	}

	private void writeNationalCodes(long id, Map<String, String> codes) {
		jdbc.sql("delete from catalog.product_national_code where product_id = :id").param("id", id).update();
		codes.forEach((country, code) -> jdbc
			.sql("insert into catalog.product_national_code (product_id, country_code, code) values (:id, :c, :code)")
			.param("id", id)
			.param("c", country)
			.param("code", code)
			.update());
	}

	private void writeVariants(long merchantId, long id, List<ProductDraft.VariantDraft> variants) {
		List<String> skus = variants.stream().map(ProductDraft.VariantDraft::sku).toList();
		jdbc.sql("delete from catalog.variant where product_id = :id and not (sku = any(cast(:skus as text[])))")
			.param("id", id)
			.param("skus", "{" + String.join(",", skus.stream().map(s -> "\"" + s + "\"").toList()) + "}")
			.update();
		for (int i = 0; i < variants.size(); i++) {
			ProductDraft.VariantDraft variant = variants.get(i);
			Long variantId;
			try {
				variantId = jdbc.sql("""
						insert into catalog.variant (product_id, merchant_id, sku, options, price, weight_grams)
						values (:p, :m, :sku, cast(:options as jsonb), :price, :w)
						on conflict (merchant_id, sku) do update set options = excluded.options, price = excluded.price,
						  weight_grams = excluded.weight_grams
						where catalog.variant.product_id = excluded.product_id
						returning id""")
					.param("p", id)
					.param("m", merchantId)
					.param("sku", variant.sku())
					.param("options", json.writeValueAsString(variant.options() == null ? Map.of() : variant.options()))
					.param("price", variant.price() == null ? null : variant.price().amount())
					.param("w", variant.weightGrams())
					.query(Long.class)
					.optional()
					.orElse(null);
				if (variantId == null) {
					throw new InvalidInputException("variants.sku",
							Reason.of("catalog.problem.variantSkuTaken", variant.sku()));
				}
			}
			catch (DuplicateKeyException ex) {
				throw new InvalidInputException("variants.sku", Reason.of("catalog.problem.variantSkuUsed", variant.sku()));
			}
			if (variant.onHand() != null) {
				writeStock(merchantId, variantId, variant.onHand(), "variants[" + i + "].onHand");
			}
		}
	}

	private void writeStock(long merchantId, long variantId, int onHand, String field) {
		int changed = jdbc.sql("""
				insert into catalog.stock (variant_id, warehouse_id, on_hand) values (:v, :w, :n)
				on conflict (variant_id, warehouse_id) do update set on_hand = excluded.on_hand
				where catalog.stock.reserved <= excluded.on_hand""")
			.param("v", variantId)
			.param("w", mainWarehouse.of(merchantId))
			.param("n", onHand)
			.update();
		if (changed == 0) {
			throw new InvalidInputException(field, Reason.of("catalog.problem.belowReserved"));
		}
	}

}

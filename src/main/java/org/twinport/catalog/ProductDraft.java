package org.twinport.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Money;

/**
 * What a merchant writes about a product; used to create and to replace one. Variants are
 * matched by SKU: a missing SKU is removed, a new one added.
 *
 * @param texts title and description per language code (at least one)
 * @param hsCode 6 digits, optionally a national extension to 8–10
 * @param marketPrices overrides of the base price per destination country, in the same
 * currency
 * @param nationalCodes the national tariff line (8 to 10 digits, under the 6-digit code)
 * per destination country, such as {@code {"US": "0902109050"}}; optional for each
 */
public record ProductDraft(String sku, @Nullable String categoryCode, @Nullable String defaultLang,
		Map<String, Text> texts, @Nullable Map<String, String> attributes, String hsCode, String originCountry,
		@Nullable Integer weightGrams, @Nullable Dimensions dimensions, Money basePrice, @Nullable ProductStatus status,
		@Nullable List<String> markets, @Nullable Map<String, Money> marketPrices,
		@Nullable List<VariantDraft> variants, @Nullable Map<String, String> nationalCodes) {

	/** A draft without national codes. */
	public ProductDraft(String sku, @Nullable String categoryCode, @Nullable String defaultLang,
			Map<String, Text> texts, @Nullable Map<String, String> attributes, String hsCode, String originCountry,
			@Nullable Integer weightGrams, @Nullable Dimensions dimensions, Money basePrice,
			@Nullable ProductStatus status, @Nullable List<String> markets, @Nullable Map<String, Money> marketPrices,
			@Nullable List<VariantDraft> variants) {
		this(sku, categoryCode, defaultLang, texts, attributes, hsCode, originCountry, weightGrams, dimensions,
				basePrice, status, markets, marketPrices, variants, null);
	}

	public record Text(String title, @Nullable String description) {
	}

	public record Dimensions(@Nullable Integer lengthMm, @Nullable Integer widthMm, @Nullable Integer heightMm) {
	}

	/**
	 * @param price the variant's own price, or null for the product's
	 * @param onHand units on hand in the merchant's main warehouse (its first; a domestic
	 * one named "main" is opened when it has none), or null to leave the stock as it is
	 */
	public record VariantDraft(String sku, @Nullable Map<String, String> options, @Nullable Money price,
			@Nullable Integer weightGrams, @Nullable Integer onHand) {

		/** A variant whose stock is kept apart from the draft. */
		public VariantDraft(String sku, @Nullable Map<String, String> options, @Nullable Money price,
				@Nullable Integer weightGrams) {
			this(sku, options, price, weightGrams, null);
		}

	}

}

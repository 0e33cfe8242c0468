package org.twinport.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.twinport.shared.Money;

/**
 * A product as its merchant and ADMIN see it.
 *
 * @param nationalCodes the national tariff line per destination country, where the
 * merchant chose one
 */
public record ProductView(long id, long merchantId, String sku, String categoryCode, String defaultLang,
		Map<String, ProductDraft.Text> texts, Map<String, String> attributes, String hsCode, String originCountry,
		Integer weightGrams, ProductDraft.Dimensions dimensions, Money basePrice, ProductStatus status,
		List<String> markets, Map<String, Money> marketPrices, List<Variant> variants, boolean demo, Instant createdAt,
		Instant updatedAt, Map<String, String> nationalCodes) {

	public record Variant(long id, String sku, Map<String, String> options, Money price, Integer weightGrams) {
	}

}

package org.twinport.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Money;

/**
 * A product as its merchant and ADMIN see it.
 *
 * @param nationalCodes the national tariff line per destination country, where the
 * merchant chose one
 */
public record ProductView(long id, long merchantId, String sku, @Nullable String categoryCode, String defaultLang,
		Map<String, ProductDraft.Text> texts, Map<String, String> attributes, String hsCode, String originCountry,
		@Nullable Integer weightGrams, ProductDraft.Dimensions dimensions, Money basePrice, ProductStatus status,
		List<String> markets, Map<String, Money> marketPrices, List<Variant> variants, boolean demo, Instant createdAt,
		Instant updatedAt, Map<String, String> nationalCodes) {

	public record Variant(long id, String sku, Map<String, String> options, @Nullable Money price,
			@Nullable Integer weightGrams) {
	}

}

package org.twinport.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.twinport.shared.Money;

/**
 * Everything a search index needs about one product, flattened.
 *
 * @param visible whether buyers may find it: active, its merchant verified, and a variant
 * with units on hand (its own, or for a bundle its components')
 * @param categoryPath category codes from the root down to the product's own
 * @param prices the price per market the product is offered in (override or base), in the
 * merchant's currency
 */
public record ProductDocument(long id, long merchantId, Map<String, String> merchantNames, String merchantCity,
		String merchantCountry, boolean visible, List<String> categoryPath, String originCountry, String hsCode,
		String defaultLang, Map<String, String> titles, Map<String, String> descriptions, List<String> skus,
		Map<String, Money> prices, Instant createdAt) {
}

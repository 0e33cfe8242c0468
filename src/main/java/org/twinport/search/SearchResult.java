package org.twinport.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Money;

/**
 * One page of hits, the facet counts over all matches, and the cursor of the next page
 * (null on the last).
 *
 * @param facets per dimension (category, merchantCity, merchantCountry, origin, price)
 * the values with counts
 * @param facetsEstimated whether the facet counts are estimates from a uniform sample of
 * the matches (done when there are very many; {@code total} is always exact)
 */
public record SearchResult(List<Hit> hits, long total, Map<String, List<FacetCount>> facets, String currency,
		@Nullable String nextCursor, boolean facetsEstimated) {

	/**
	 * @param title in the buyer's language where the product has it, else along the
	 * fallback chain
	 * @param price null when the index holds no price of the product for the market
	 * searched
	 */
	public record Hit(long productId, String title, String titleLang, long merchantId, String merchantName,
			@Nullable String merchantCity, String origin, @Nullable Money price) {
	}

	/**
	 * @param value what to pass back as a filter; for price, "min-max" in the result's
	 * currency
	 */
	public record FacetCount(String value, String label, long count) {
	}

}

package org.twinport.search;

import java.util.List;
import java.util.Map;

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
		String nextCursor, boolean facetsEstimated) {

	/**
	 * @param title in the buyer's language where the product has it, else along the
	 * fallback chain
	 */
	public record Hit(long productId, String title, String titleLang, long merchantId, String merchantName,
			String merchantCity, String origin, Money price) {
	}

	/**
	 * @param value what to pass back as a filter; for price, "min-max" in the result's
	 * currency
	 */
	public record FacetCount(String value, String label, long count) {
	}

}

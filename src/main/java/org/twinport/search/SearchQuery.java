package org.twinport.search;

import java.math.BigDecimal;

/**
 * A buyer's search.
 *
 * @param market the destination country; when set, only products offered there are found,
 * priced for it
 * @param currency the currency prices are shown and filtered in; by default the market's
 * @param cursor where the previous page ended ({@link SearchResult#nextCursor()}), or
 * null for the first page
 */
public record SearchQuery(String q, String lang, String market, String currency, String category,
		String merchantCountry, String merchantCity, String origin, BigDecimal minPrice, BigDecimal maxPrice, Sort sort,
		String cursor, int size) {

	public enum Sort {

		RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST

	}

}

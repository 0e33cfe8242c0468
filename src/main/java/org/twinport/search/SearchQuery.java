package org.twinport.search;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A buyer's search. A filter left null filters nothing; {@code q} null or blank matches
 * every product, {@code sort} null ranks by relevance.
 *
 * @param market the destination country; when set, only products offered there are found,
 * priced for it
 * @param currency the currency prices are shown and filtered in; by default the market's
 * @param cursor where the previous page ended ({@link SearchResult#nextCursor()}), or
 * null for the first page
 */
public record SearchQuery(@Nullable String q, String lang, @Nullable String market, @Nullable String currency,
		@Nullable String category, @Nullable String merchantCountry, @Nullable String merchantCity,
		@Nullable String origin, @Nullable BigDecimal minPrice, @Nullable BigDecimal maxPrice, @Nullable Sort sort,
		@Nullable String cursor, int size) {

	public enum Sort {

		RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST

	}

}

package org.twinport.search.internal;

import java.util.Locale;

/** Names of the index's fields, in one place. */
final class Fields {

	static final String ID = "id";

	static final String ID_SORT = "id_sort";

	static final String CREATED = "created";

	static final String MARKET = "market";

	static final String EXACT_TITLE = "t_exact";

	static final String CATEGORY_PATH = "category_path";

	static final String MERCHANT = "merchant";

	/** What a hit shows, as a binary doc value ({@link HitPayload}). */
	static final String HIT = "hit";

	static final String CATEGORY = "category";

	static final String CITY = "merchantCity";

	static final String COUNTRY = "merchantCountry";

	static final String ORIGIN = "origin";

	/** The market key for the base price, used when a search names no market. */
	static final String ANY_MARKET = "ANY";

	private Fields() {
	}

	static String title(String family) {
		return "t_" + family;
	}

	static String description(String family) {
		return "d_" + family;
	}

	/**
	 * Price in the market, in ten-thousandths of a euro, for sorting, ranges and facets.
	 */
	static String priceEur(String market) {
		return "p_" + market;
	}

	static String exact(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}

package org.twinport.pricing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.twinport.pricing.internal.RuleDocument.Source;

/**
 * The file format of a restricted-goods list, {@code twinport-restricted-goods/1}: what
 * may not be sold into a market (or not through its point-of-sale scheme), each entry
 * dated and sourced. A list is versioned apart from the landed-cost rule sets and takes
 * effect on {@code validFrom}; {@code groups} name sets of markets, such as the EU's
 * member states, that entries may use in {@code markets}.
 */
record RestrictedGoodsDocument(String format, String version, LocalDate validFrom, String description,
		Map<String, List<String>> groups, List<Entry> entries) {

	static final String FORMAT = "twinport-restricted-goods/1";

	/**
	 * @param markets destination countries or group names
	 * @param hsPrefixes the HS codes the entry covers, by prefix (a chapter, a heading, a
	 * subheading); empty covers every code
	 * @param origins countries of origin the entry covers; empty covers every origin
	 * @param scope which sales it applies to
	 */
	record Entry(String id, Kind kind, List<String> markets, List<String> hsPrefixes, List<String> origins,
			Scope scope, LocalDate from, LocalDate to, Source source, String note) {
	}

	enum Kind {

		/** May not be imported at all. */
		PROHIBITED,
		/** May not be imported from the listed origins (sanctions). */
		SANCTIONED_ORIGIN,
		/** Needs a licence or permit the marketplace cannot check: refused. */
		RESTRICTED,
		/**
		 * Excise goods: the consignment does not go through the market's point-of-sale
		 * scheme; duty, excise and tax are due at the border. Not refused.
		 */
		EXCLUDED_FROM_POINT_OF_SALE,
		/** Not on China's cross-border e-commerce retail import list: refused for that channel. */
		NOT_ON_CROSS_BORDER_RETAIL_LIST;

		boolean refuses() {
			return this != EXCLUDED_FROM_POINT_OF_SALE;
		}

	}

	enum Scope {

		/** Every sale. */
		ALL,
		/**
		 * Sales to consumers only: a business buyer with a tax number imports through
		 * general trade, outside point-of-sale and retail channels.
		 */
		CONSUMER

	}

}

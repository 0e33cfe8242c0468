package org.twinport.ordering;

import java.util.List;
import java.util.Map;

import org.twinport.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A buyer's cart: the destination market and currency chosen, lines from any number of
 * merchants, and the shipping service picked per merchant. {@code version} changes with
 * every change, so a review can tell it is stale. {@code market} and {@code currency} are
 * null until the buyer chooses them.
 */
public record CartView(@Nullable String market, @Nullable String currency, long version, List<Line> lines, Map<Long, String> shipping) {

	/**
	 * @param unitPrice in the merchant's currency, for the chosen market; null when no
	 * market is chosen yet
	 * @param title in English (else the product's own language)
	 * @param titles the product's title per language, for pages in the reader's language
	 */
	public record Line(long variantId, String sku, String title, long merchantId, int quantity, @Nullable Money unitPrice,
			boolean sellable, Map<String, String> titles) {

		/** The title in {@code lang} where the product has one, else {@link #title()}. */
		public String titleIn(String lang) {
			String translated = titles == null ? null : titles.get(lang);
			return translated == null || translated.isBlank() ? title : translated;
		}

	}

}

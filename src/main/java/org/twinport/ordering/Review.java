package org.twinport.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteRequest;
import org.twinport.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the buyer agrees to before placing: per merchant the goods, shipping, duty and
 * taxes with each line's rule, and the total in the buyer's currency. Valid until
 * {@code expiresAt} and only for the cart version it was made of.
 *
 * @param buyer who buys: a business with its tax number, or a consumer (null)
 */
public record Review(UUID id, String market, String currency, long cartVersion, Address address,
		List<Consignment> consignments, Money total, Money dueAtBorder, Instant expiresAt, QuoteRequest.@Nullable Buyer buyer) {

	/**
	 * Whether the review may be placed: no consignment's quote refuses its goods (a
	 * restricted item, a retail limit).
	 */
	public boolean placeable() {
		return consignments.stream().allMatch(c -> c.quote().accepted());
	}

	/**
	 * @param merchantName in English, as orders keep it
	 * @param merchantNames the merchant's name per language, for pages in the reader's language (null in reviews
	 * stored before they were kept)
	 */
	public record Consignment(long merchantId, String merchantName, String service, String transitDays,
			List<Item> items, Money shippingCost, Quote quote, java.util.@Nullable Map<String, String> merchantNames) {

		/** The merchant's name in {@code lang} where it has one, else {@link #merchantName()}. */
		public String merchantNameIn(String lang) {
			String translated = merchantNames == null ? null : merchantNames.get(lang);
			return translated == null || translated.isBlank() ? merchantName : translated;
		}

	}

	/**
	 * @param title in English (else the product's own language), as orders and quotes
	 * keep it
	 * @param unitPrice in the merchant's currency, as it was when reviewed
	 * @param titles the product's title per language, for pages in the reader's language
	 * (null in reviews stored before they were kept)
	 */
	public record Item(long variantId, String sku, String title, String hsCode, String originCountry, int quantity,
			Money unitPrice, int weightGrams, java.util.@Nullable Map<String, String> titles) {

		/** The title in {@code lang} where the product has one, else {@link #title()}. */
		public String titleIn(String lang) {
			String translated = titles == null ? null : titles.get(lang);
			return translated == null || translated.isBlank() ? title : translated;
		}

	}

}

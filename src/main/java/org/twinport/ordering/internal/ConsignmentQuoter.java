package org.twinport.ordering.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.twinport.catalog.MerchantView;
import org.twinport.catalog.Offers.Offer;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Review;
import org.twinport.pricing.Incoterm;
import org.twinport.pricing.LandedCost;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteRequest;
import org.twinport.shared.Money;

/**
 * Splits a cart into one consignment per merchant, prices its shipping from the
 * merchant's profile and asks pricing for its landed cost. Quoted DDP: the buyer sees and
 * pays everything due at checkout; what a market still collects at the border is shown
 * apart. A consignment whose quote refuses goods is kept with its refusals, so that the
 * review can say which goods and why; such a review cannot be placed.
 */
@Component
class ConsignmentQuoter {

	private final LandedCost landedCost;

	private final ShippingProfiles shipping;

	private final QuotedMerchants merchants;

	private final CrossBorderYearToDate yearToDate;

	ConsignmentQuoter(LandedCost landedCost, ShippingProfiles shipping, QuotedMerchants merchants,
			CrossBorderYearToDate yearToDate) {
		this.landedCost = landedCost;
		this.yearToDate = yearToDate;
		this.shipping = shipping;
		this.merchants = merchants;
	}

	/**
	 * The consignments of a review, and their quotes to keep with it
	 * ({@link LandedCost#keep}).
	 */
	record Quoted(List<Review.Consignment> consignments, List<LandedCost.Unkept> quotes) {
	}

	Quoted quote(CartView cart, Map<Long, Offer> offers, TwinportUser buyer, QuoteRequest.Buyer buyerType) {
		Map<Long, List<Review.Item>> byMerchant = new TreeMap<>();
		for (CartView.Line line : cart.lines()) {
			Offer offer = offers.get(line.variantId());
			byMerchant.computeIfAbsent(offer.merchantId(), m -> new ArrayList<>())
				.add(new Review.Item(offer.variantId(), offer.variantSku(), CartService.title(offer, "en"),
						offer.hsCode(), offer.originCountry(), line.quantity(), offer.unitPrice(),
						offer.weightGrams(), offer.titles()));
		}
		List<Review.Consignment> consignments = new ArrayList<>();
		List<LandedCost.Unkept> quotes = new ArrayList<>();
		// Several consignments in one checkout count toward the same yearly quota. What the buyer imported before is
		// read only for a market whose rules count it (pricing asks), once per review.
		ImportedThisYear imported = buyer == null ? null
				: new ImportedThisYear(() -> yearToDate.of(buyer.id(), cart.market(), cart.currency()),
						Money.zero(cart.currency()));
		Supplier<Money> importedTotal = imported == null ? () -> null : imported::total;
		for (Map.Entry<Long, List<Review.Item>> consignment : byMerchant.entrySet()) {
			long merchantId = consignment.getKey();
			List<Review.Item> items = consignment.getValue();
			MerchantView merchant = merchants.merchant(merchantId);
			String service = cart.shipping().getOrDefault(merchantId, "POSTAL");
			int grams = items.stream().mapToInt(item -> item.weightGrams() * item.quantity()).sum();
			ShippingProfiles.Rate rate = shipping.rate(merchantId, cart.market(), service, grams);
			// The product's national tariff line for the cart's destination, where its merchant chose one.
			List<QuoteRequest.Item> quoted = items.stream()
				.map(item -> new QuoteRequest.Item(item.hsCode(), item.originCountry(), item.quantity(),
						item.unitPrice(), BigDecimal.valueOf(item.weightGrams()).movePointLeft(3), item.title(),
						offers.get(item.variantId()).nationalCode()))
				.toList();
			QuoteRequest request = new QuoteRequest(merchant.countryCode(), cart.market(), null, Incoterm.DDP, null,
					quoted, rate.amount(), null, cart.currency(), null, buyerType);
			LandedCost.Unkept priced = landedCost.price(request, buyer, importedTotal);
			quotes.add(priced);
			Quote quote = priced.quote();
			if (imported != null && quote.accepted()) {
				imported.add(quote.totals().goods().plus(quote.totals().shipping()));
			}
			consignments.add(new Review.Consignment(merchantId, merchant.displayNames().get("en"), service,
					rate.transitDays(), List.copyOf(items), rate.amount(), quote, namesOf(merchant)));
		}
		return new Quoted(consignments, quotes);
	}

	/**
	 * What the buyer imported this year: the stored orders, read on first use, and the
	 * consignments of this review quoted before.
	 */
	private static final class ImportedThisYear {

		private final Supplier<Money> stored;

		private Money before;

		private Money read;

		ImportedThisYear(Supplier<Money> stored, Money zero) {
			this.stored = stored;
			this.before = zero;
		}

		Money total() {
			if (read == null) {
				read = stored.get();
			}
			return read.plus(before);
		}

		void add(Money consignment) {
			before = before.plus(consignment);
		}

	}

	private static Map<String, String> namesOf(MerchantView merchant) {
		Map<String, String> names = new java.util.HashMap<>();
		if (merchant.displayNames() != null) {
			merchant.displayNames().forEach((lang, name) -> {
				if (lang != null && name != null) {
					names.put(lang, name);
				}
			});
		}
		return Map.copyOf(names);
	}

}

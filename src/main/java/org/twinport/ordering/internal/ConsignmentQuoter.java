package org.twinport.ordering.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.twinport.catalog.MerchantManagement;
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

	private final MerchantManagement merchants;

	private final CrossBorderYearToDate yearToDate;

	ConsignmentQuoter(LandedCost landedCost, ShippingProfiles shipping, MerchantManagement merchants,
			CrossBorderYearToDate yearToDate) {
		this.landedCost = landedCost;
		this.yearToDate = yearToDate;
		this.shipping = shipping;
		this.merchants = merchants;
	}

	List<Review.Consignment> quote(CartView cart, Map<Long, Offer> offers, TwinportUser buyer,
			QuoteRequest.Buyer buyerType) {
		Map<Long, List<Review.Item>> byMerchant = new TreeMap<>();
		for (CartView.Line line : cart.lines()) {
			Offer offer = offers.get(line.variantId());
			byMerchant.computeIfAbsent(offer.merchantId(), m -> new ArrayList<>())
				.add(new Review.Item(offer.variantId(), offer.variantSku(), CartService.title(offer, "en"),
						offer.hsCode(), offer.originCountry(), line.quantity(), offer.unitPrice(),
						offer.weightGrams(), offer.titles()));
		}
		List<Review.Consignment> consignments = new ArrayList<>();
		// several consignments in one checkout count toward the same yearly quota
		Money importedThisYear = buyer == null ? null : yearToDate.of(buyer.id(), cart.market(), cart.currency());
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
			Quote quote = landedCost.quote(new QuoteRequest(merchant.countryCode(), cart.market(), null, Incoterm.DDP,
					null, quoted, rate.amount(), null, cart.currency(), importedThisYear, buyerType), buyer);
			if (importedThisYear != null && quote.accepted()) {
				importedThisYear = importedThisYear.plus(quote.totals().goods()).plus(quote.totals().shipping());
			}
			consignments.add(new Review.Consignment(merchantId, merchant.displayNames().get("en"), service,
					rate.transitDays(), List.copyOf(items), rate.amount(), quote, namesOf(merchant)));
		}
		return consignments;
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

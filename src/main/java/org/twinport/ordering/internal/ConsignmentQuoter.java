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
import org.twinport.shared.StateConflictException;

/**
 * Splits a cart into one consignment per merchant, prices its shipping from the
 * merchant's profile and asks pricing for its landed cost. Quoted DDP: the buyer sees and
 * pays everything due at checkout; what a market still collects at the border is shown
 * apart.
 */
@Component
class ConsignmentQuoter {

	private final LandedCost landedCost;

	private final ShippingProfiles shipping;

	private final MerchantManagement merchants;

	ConsignmentQuoter(LandedCost landedCost, ShippingProfiles shipping, MerchantManagement merchants) {
		this.landedCost = landedCost;
		this.shipping = shipping;
		this.merchants = merchants;
	}

	List<Review.Consignment> quote(CartView cart, Map<Long, Offer> offers, TwinportUser buyer) {
		Map<Long, List<Review.Item>> byMerchant = new TreeMap<>();
		for (CartView.Line line : cart.lines()) {
			Offer offer = offers.get(line.variantId());
			byMerchant.computeIfAbsent(offer.merchantId(), m -> new ArrayList<>())
				.add(new Review.Item(offer.variantId(), offer.variantSku(), JdbcCarts.title(offer, "en"),
						offer.hsCode(), offer.originCountry(), line.quantity(), offer.unitPrice(),
						offer.weightGrams()));
		}
		List<Review.Consignment> consignments = new ArrayList<>();
		byMerchant.forEach((merchantId, items) -> {
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
					null, quoted, rate.amount(), null, cart.currency(), null), buyer);
			if (!quote.accepted()) {
				throw new StateConflictException(
						merchant.displayNames().get("en") + ": " + quote.refusals().get(0).message());
			}
			consignments.add(new Review.Consignment(merchantId, merchant.displayNames().get("en"), service,
					rate.transitDays(), List.copyOf(items), rate.amount(), quote));
		});
		return consignments;
	}

}

package org.twinport.catalog.web;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.catalog.BundleComponent;
import org.twinport.catalog.DeliveryMarkets;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.HomeMarket;
import org.twinport.catalog.MarketplaceChoices;
import org.twinport.catalog.Offers;
import org.twinport.catalog.ProductDocument;
import org.twinport.catalog.ProductDocuments;
import org.twinport.catalog.ProductImages;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.LocalizedText;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.web.ChosenMarket;
import org.twinport.shared.Reason;
import org.twinport.shared.CountryCode;
import org.twinport.shared.CurrencyCode;

/**
 * A product as buyers see it, for a destination market: its text in the buyer's language
 * along the fallback chain, its price in the market's currency (or one the buyer chose),
 * and its variants. Products not public, or not offered in the market, are not found.
 * Variants that can be bought in the market get an "Add to cart" form: a signed-in buyer
 * posts it to the account's cart; a visitor's browser keeps the lines in the cart cookie
 * (static/js/cart.js), which joins the account's cart on sign-in.
 */
@Controller
class MarketplaceProductPage {

	private final ProductDocuments documents;

	private final ProductManagement products;

	private final ProductImages images;

	private final FxRates rates;

	private final Offers offers;

	private final DeliveryMarkets markets;

	private final HomeMarket home;

	MarketplaceProductPage(ProductDocuments documents, ProductManagement products, ProductImages images, FxRates rates,
			Offers offers, DeliveryMarkets markets, HomeMarket home) {
		this.documents = documents;
		this.products = products;
		this.images = images;
		this.rates = rates;
		this.offers = offers;
		this.markets = markets;
		this.home = home;
	}

	/**
	 * A variant with its options and its price for the market, in the buyer's currency.
	 */
	record Offer(long variantId, String sku, Map<String, String> options, Money price, boolean sellable,
			String contents) {

		public String label() {
			return options.isEmpty() ? sku : String.join(", ",
					options.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
		}

	}

	@GetMapping("/marketplace/products/{id}")
	String product(@PathVariable long id, @RequestParam(required = false) String market,
			@RequestParam(required = false) String textLang, @RequestParam(required = false) String currency,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ProductDocument document = documents.document(id)
			.filter(ProductDocument::visible)
			.orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noProduct")));
		String country;
		Optional<ChosenMarket> chosen = ChosenMarket.read(request);
		if (market != null && markets.countries().contains(market.toUpperCase(Locale.ROOT))) {
			country = market.toUpperCase(Locale.ROOT);
			ChosenMarket.remember(request, response, country,
					currency == null ? null : currency.toUpperCase(Locale.ROOT));
		}
		else if (market == null && chosen.isPresent() && document.prices().containsKey(chosen.get().market())) {
			country = chosen.get().market();
			if (currency == null) {
				currency = chosen.get().currency();
			}
		}
		else {
			country = market == null || !CountryCode.isValid(market.toUpperCase(Locale.ROOT)) ? defaultMarket(document)
					: market.toUpperCase(Locale.ROOT);
		}
		String lang = textLang == null || !textLang.matches("^[a-z]{2,3}$") ? locale.getLanguage() : textLang;
		String shown = shownCurrency(currency, country);
		LocalizedText titles = new LocalizedText(document.titles(), document.defaultLang());
		String titleLang = titles.languageFor(lang);
		model.addAttribute("productId", id);
		SortedSet<String> currencies = new TreeSet<>(rates.latest().map(set -> set.perEur().keySet()).orElse(Set.of()));
		currencies.add("EUR");
		model.addAttribute("currencies", currencies);
		model.addAttribute("market", country);
		model.addAttribute("markets", markets.countries());
		model.addAttribute("textLanguages", MarketplaceChoices.TEXT_LANGUAGES);
		model.addAttribute("textLang", lang);
		model.addAttribute("currency", currency == null || currency.isBlank() ? null : shown);
		model.addAttribute("productTitle", titles.in(lang).orElse(""));
		model.addAttribute("titleLang", titleLang);
		model.addAttribute("merchant", new LocalizedText(document.merchantNames(), "en").in(lang).orElse(""));
		model.addAttribute("merchantCity", documents.label("city", document.merchantCity(), lang));
		model.addAttribute("origin", document.originCountry());
		model.addAttribute("hsCode", document.hsCode());
		Money marketPrice = document.prices().get(country);
		if (marketPrice == null) {
			// Not offered there: say so, and where it is offered, rather than show a
			// price.
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("offeredIn", document.prices().keySet());
			return "catalog/marketplace-product";
		}
		LocalizedText descriptions = new LocalizedText(document.descriptions(), document.defaultLang());
		model.addAttribute("description", descriptions.in(lang).orElse(""));
		model.addAttribute("descriptionLang", descriptions.languageFor(lang));
		model.addAttribute("price", convert(marketPrice, shown));
		ProductView product = products.product(null, id);
		Map<Long, List<BundleComponent>> bundles = products.bundles(null, id);
		// The bundles' components in the same query as the variants: their titles name
		// what a set holds.
		Set<Long> variantIds = new LinkedHashSet<>();
		product.variants().forEach(variant -> variantIds.add(variant.id()));
		bundles.values().forEach(components -> components.forEach(component -> variantIds.add(component.variantId())));
		Map<Long, Offers.Offer> buyable = offers.offers(variantIds, country);
		List<Offer> shownOffers = new ArrayList<>();
		for (ProductView.Variant variant : product.variants()) {
			Offers.Offer offer = buyable.get(variant.id());
			shownOffers
				.add(new Offer(variant.id(), variant.sku(), variant.options() == null ? Map.of() : variant.options(),
						convert(variant.price() != null ? variant.price() : marketPrice, shown),
						offer != null && offer.sellable(),
						contents(bundles.getOrDefault(variant.id(), List.of()), buyable, lang)));
		}
		model.addAttribute("offers", shownOffers);
		model.addAttribute("anySellable", shownOffers.stream().anyMatch(Offer::sellable));
		model.addAttribute("buyer", user != null && user.is(Role.BUYER));
		model.addAttribute("anonymous", user == null);
		model.addAttribute("images", images.images(null, id));
		return "catalog/marketplace-product";
	}

	/**
	 * What a bundle holds, as "2 × Pingyin rose tea (ROSE-50G), 1 × Tea cup (CUP-WHITE)",
	 * each title in the reader's language where the merchant wrote one; empty for a plain
	 * variant.
	 */
	private static String contents(List<BundleComponent> components, Map<Long, Offers.Offer> offers, String lang) {
		return String.join(", ", components.stream().map(component -> {
			Offers.Offer offer = offers.get(component.variantId());
			String title = offer == null ? ""
					: new LocalizedText(offer.titles(), offer.defaultLang()).in(lang).orElse("");
			return component.quantity() + " × "
					+ (title.isEmpty() ? component.sku() : title + " (" + component.sku() + ")");
		}).toList());
	}

	/**
	 * Without a chosen market, the home market if the product is sold there, else its
	 * first.
	 */
	private String defaultMarket(ProductDocument document) {
		String homeCountry = home.country();
		if (document.prices().isEmpty() || document.prices().containsKey(homeCountry)) {
			return homeCountry;
		}
		return new TreeSet<>(document.prices().keySet()).first();
	}

	private Money convert(Money price, String currency) {
		try {
			return rates.convert(price, currency);
		}
		catch (RuntimeException noRate) {
			return price.rounded();
		}
	}

	private static String shownCurrency(String requested, String market) {
		// an unknown code falls back to the market's currency
		if (requested != null && CurrencyCode.isValid(requested.toUpperCase(Locale.ROOT))) {
			return requested.toUpperCase(Locale.ROOT);
		}
		Currency local = Currency.getInstance(Locale.of("", market));
		return local == null ? "EUR" : local.getCurrencyCode();
	}

}

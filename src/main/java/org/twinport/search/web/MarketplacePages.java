package org.twinport.search.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.catalog.DeliveryMarkets;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.HomeMarket;
import org.twinport.catalog.MarketplaceChoices;
import org.twinport.catalog.ProductImages;
import org.twinport.search.ProductSearch;
import org.twinport.search.SearchQuery;
import org.twinport.search.SearchResult;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.ChosenMarket;

@Controller
class MarketplacePages {

	private final ProductSearch search;

	private final FxRates rates;

	private final DeliveryMarkets markets;

	private final HomeMarket home;

	private final ProductImages images;

	MarketplacePages(ProductSearch search, FxRates rates, DeliveryMarkets markets, HomeMarket home,
			ProductImages images) {
		this.images = images;
		this.search = search;
		this.rates = rates;
		this.markets = markets;
		this.home = home;
	}

	/**
	 * The currencies a buyer may choose: the euro and every one in the latest rate set.
	 */
	static java.util.SortedSet<String> currencies(FxRates rates) {
		java.util.SortedSet<String> currencies = new java.util.TreeSet<>(
				rates.latest().map(set -> set.perEur().keySet()).orElse(java.util.Set.of()));
		currencies.add("EUR");
		return currencies;
	}

	@GetMapping("/marketplace")
	String browse(@RequestParam(required = false) String q, @RequestParam(required = false) String textLang,
			@RequestParam(required = false) String market, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String category, @RequestParam(required = false) String merchantCity,
			@RequestParam(required = false) String merchantCountry, @RequestParam(required = false) String origin,
			@RequestParam(required = false) String price, @RequestParam(defaultValue = "RELEVANCE") String sort,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) String back, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String language = textLang == null || !MarketplaceChoices.TEXT_LANGUAGES.contains(textLang)
				? locale.getLanguage() : textLang;
		BigDecimal[] range = range(price);
		SearchQuery.Sort order;
		try {
			order = SearchQuery.Sort.valueOf(sort);
		}
		catch (IllegalArgumentException ex) {
			order = SearchQuery.Sort.RELEVANCE;
		}
		List<String> deliverable = markets.countries();
		String marketCode;
		if (deliverable.contains(market)) {
			marketCode = market;
			ChosenMarket.remember(request, response, market,
					currency != null && currencies(rates).contains(currency) ? currency : null);
		}
		else {
			Optional<ChosenMarket> chosen = ChosenMarket.read(request)
				.filter(choice -> deliverable.contains(choice.market()));
			marketCode = chosen.map(ChosenMarket::market).orElse(home.country());
			if (currency == null) {
				currency = chosen.map(ChosenMarket::currency).orElse(null);
			}
		}
		SearchPager pager = SearchPager.of(blank(cursor), back);
		try {
			model.addAttribute("result",
					search.search(new SearchQuery(q, language, marketCode, blank(currency), blank(category),
							blank(merchantCountry), blank(merchantCity), blank(origin), range[0], range[1], order,
							pager.cursor(), SearchPager.PAGE_SIZE)));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("result", search.search(new SearchQuery(q, language, marketCode, null, null, null, null,
					null, null, null, order, null, SearchPager.PAGE_SIZE)));
			pager = SearchPager.of(null, null);
		}
		SearchResult found = (SearchResult) model.getAttribute("result");
		model.addAttribute("pager", pager);
		model.addAttribute("pages", pager.pages(found.total()));
		model.addAttribute("nextBack", pager.nextBack());
		model.addAttribute("thumbnails",
				images.firstImages(found.hits().stream().map(SearchResult.Hit::productId).toList()));
		model.addAttribute("q", q);
		model.addAttribute("textLang", language);
		model.addAttribute("market", marketCode);
		model.addAttribute("currency", blank(currency));
		model.addAttribute("sort", order.name());
		model.addAttribute("markets", deliverable);
		model.addAttribute("textLanguages", MarketplaceChoices.TEXT_LANGUAGES);
		model.addAttribute("currencies", currencies(rates));
		model.addAttribute("sorts", SearchQuery.Sort.values());
		model.addAttribute("category", blank(category));
		model.addAttribute("merchantCity", blank(merchantCity));
		model.addAttribute("merchantCountry", blank(merchantCountry));
		model.addAttribute("origin", blank(origin));
		model.addAttribute("price", blank(price));
		return "search/marketplace";
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static BigDecimal[] range(String price) {
		if (price == null || !price.matches("^[0-9]{1,12}-([0-9]{1,12})?$")) {
			return new BigDecimal[2];
		}
		String[] parts = price.split("-", -1);
		return new BigDecimal[] { new BigDecimal(parts[0]), parts[1].isEmpty() ? null : new BigDecimal(parts[1]) };
	}

}

package org.twinport.search;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductStatus;
import org.twinport.catalog.ProductView;
import org.twinport.shared.Money;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a buyer sees: facet counts that stay right when filters are applied (the chosen
 * dimension keeps showing its other values), and the product page in the buyer's market,
 * language and currency.
 */
class MarketplaceBrowsingTest extends IntegrationTest {

	@Autowired
	ProductManagement products;

	@BeforeEach
	void indexHasTheSamples() {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> api().get("/api/v1/catalog/search?q=wok").json().get("total").asLong() >= 2);
	}

	private static Map<String, Long> facet(JsonNode result, String dimension) {
		Map<String, Long> counts = new LinkedHashMap<>();
		result.get("facets")
			.get(dimension)
			.forEach(f -> counts.put(f.get("value").asString(), f.get("count").asLong()));
		return counts;
	}

	private JsonNode search(String query) {
		return api().get("/api/v1/catalog/search?size=100&" + query).json();
	}

	@Test
	void choosingAFacetValueKeepsTheOtherValuesOfThatFacetWithTheirCounts() {
		JsonNode all = search("market=FI");
		Map<String, Long> countries = facet(all, "merchantCountry");
		assertThat(countries).containsKey("DE").hasSizeGreaterThan(1);

		JsonNode germany = search("market=FI&merchantCountry=DE");
		assertThat(germany.get("total").asLong()).isEqualTo(countries.get("DE"));
		// Drill sideways: the merchant-country facet still offers every country, counted
		// without its own filter.
		assertThat(facet(germany, "merchantCountry")).isEqualTo(countries);
		// The other facets are counted within the filter: each count is what choosing it
		// would find.
		for (Map.Entry<String, Long> origin : facet(germany, "origin").entrySet()) {
			assertThat(search("market=FI&merchantCountry=DE&origin=" + origin.getKey()).get("total").asLong())
				.as("origin " + origin.getKey())
				.isEqualTo(origin.getValue());
		}
		for (Map.Entry<String, Long> category : facet(all, "category").entrySet()) {
			assertThat(search("market=FI&category=" + category.getKey()).get("total").asLong())
				.as("category " + category.getKey())
				.isEqualTo(category.getValue());
		}

		// Two dimensions chosen: each one's counts honour the other's filter, not its
		// own.
		String origin = facet(germany, "origin").keySet().iterator().next();
		JsonNode both = search("market=FI&merchantCountry=DE&origin=" + origin);
		assertThat(facet(both, "origin")).isEqualTo(facet(germany, "origin"));
		assertThat(facet(both, "merchantCountry"))
			.isEqualTo(facet(search("market=FI&origin=" + origin), "merchantCountry"));

		// A price range chosen keeps the other ranges on offer.
		Map<String, Long> prices = facet(all, "price");
		String range = prices.keySet().iterator().next();
		String[] edges = range.split("-", -1);
		JsonNode cheap = search("market=FI&minPrice=" + edges[0] + (edges[1].isEmpty() ? "" : "&maxPrice=" + edges[1]));
		assertThat(facet(cheap, "price")).isEqualTo(prices);
	}

	@Test
	void theProductPageFollowsMarketLanguageAndCurrency() {
		long merchant = jdbc.sql("select id from catalog.merchant where code = 'cn-jinan-sample-tea'")
			.query(Long.class)
			.single();
		String sku = "PG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, ProductDraft.Text> texts = new LinkedHashMap<>();
		texts.put("en", new ProductDraft.Text("Spring tea " + sku, "Picked in April."));
		texts.put("ja", new ProductDraft.Text("春茶 " + sku, ""));
		texts.put("zh", new ProductDraft.Text("春茶（中文）" + sku, "四月采摘。"));
		ProductView product = products.create(merchant,
				new ProductDraft(sku, "tea", "zh", texts, null, "090210", "CN", 100, null, Money.of("78.00", "CNY"),
						ProductStatus.ACTIVE, List.of("FI", "JP"), Map.of("JP", Money.of("156.00", "CNY")),
						List.of(new ProductDraft.VariantDraft(sku + "-A", Map.of("size", "50 g"), null, 50, 10))));
		String page = "/marketplace/products/" + product.id();
		WebSession buyer = new WebSession(baseUrl());

		String finnish = buyer.get(page + "?market=FI&textLang=fi").body();
		// fi has no text: English comes next in the chain; FI's currency is the euro (7.8
		// CNY per EUR).
		assertThat(finnish).contains("Spring tea " + sku).contains("10.00 EUR").contains("Picked in April.");
		String japanese = buyer.get(page + "?market=JP&textLang=ja").body();
		// ja title, but no ja description: that falls back to English; JP has its own
		// price, in yen.
		assertThat(japanese).contains("春茶 " + sku).contains("3,240 JPY").contains("Picked in April.");
		assertThat(buyer.get(page + "?market=FI&textLang=zh&currency=USD").body()).contains("春茶（中文）")
			.contains("10.80 USD");
		var notOffered = buyer.get(page + "?market=GB");
		assertThat(notOffered.statusCode()).isEqualTo(404);
		assertThat(notOffered.body()).contains("id=\"not-offered\"").doesNotContain("id=\"product-price\"");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> api().get("/api/v1/catalog/search?q=" + sku + "&market=FI").json().get("total").asLong() == 1);
		assertThat(buyer.get("/marketplace?q=" + sku + "&market=FI").body()).contains(page + "?market=FI");
		assertThat(buyer.get("/marketplace?q=" + sku + "&market=GB").body()).doesNotContain(page);

		products.archive(merchant, product.id());
		assertThat(buyer.get(page + "?market=FI").statusCode()).isEqualTo(404);
	}

}

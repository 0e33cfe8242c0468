package org.twinport.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CatalogSearchTest extends IntegrationTest {

	@BeforeEach
	void indexHasTheSamples() {
		await().atMost(Duration.ofSeconds(30)).until(() -> search("q=wok").get("total").asLong() >= 2);
	}

	@Test
	void chineseWordFindsItInsideALongerTitle() {
		assertThat(titles(search("q=" + enc("酱油") + "&lang=zh"))).contains("天然酿造酱油 500毫升（样品）");
	}

	@Test
	void refusalsReachAChineseReaderInChinese() {
		Response badCursor = api().send("GET", "/api/v1/catalog/search?q=tea&cursor=nonsense", null, null,
				"Accept-Language", "zh");
		assertThat(badCursor.status()).as(badCursor.toString()).isEqualTo(400);
		JsonNode cursor = badCursor.json().get("errors").get(0);
		assertThat(cursor.get("code").asString()).isEqualTo("search.problem.cursor");
		assertThat(cursor.get("message").asString()).isEqualTo("不是按此排序方式搜索得到的游标");

		Response badSize = api().send("GET", "/api/v1/catalog/search?q=tea&size=0", null, null, "Accept-Language",
				"zh");
		assertThat(badSize.status()).as(badSize.toString()).isEqualTo(400);
		assertThat(badSize.json().get("errors").get(0).get("message").asString()).isEqualTo("必须在 1 到 100 之间");
		assertThat(api().get("/api/v1/catalog/search?q=tea&size=0").json().get("errors").get(0).get("message")
			.asString()).isEqualTo("must be between 1 and 100");
	}

	@Test
	void russianIsStemmed() {
		assertThat(titles(search("q=" + enc("чай") + "&lang=ru"))).contains("Сервиз для чая (образец)");
	}

	@Test
	void koreanAndJapaneseAreFound() {
		assertThat(titles(search("q=" + enc("흑마늘") + "&lang=ko"))).contains("흑마늘 500g (샘플)");
		assertThat(titles(search("q=" + enc("梅干し") + "&lang=ja"))).contains("紀州梅干し（サンプル）");
	}

	@Test
	void englishFinnishAndGermanAreStemmed() {
		assertThat(titles(search("q=teapots&lang=en"))).contains("White porcelain teapot (sample)");
		assertThat(titles(search("q=lasikulhot&lang=fi"))).contains("Lasikulho (näyte)");
		assertThat(titles(search("q=Pfannen&lang=de"))).contains("Gusseiserne Pfanne (Muster)");
	}

	@Test
	void typosInLatinScriptAreForgiven() {
		assertThat(titles(search("q=teapott&lang=en"))).contains("White porcelain teapot (sample)");
	}

	@Test
	void exactTitleRanksAboveADescriptionOnlyMatch() {
		JsonNode hits = search("q=" + enc("Black garlic paste (sample)") + "&lang=en").get("hits");
		assertThat(hits.get(0).get("title").asString()).isEqualTo("Black garlic paste (sample)");
		List<String> ginseng = titles(search("q=ginseng&lang=en"));
		assertThat(ginseng.get(0)).isEqualTo("Red ginseng tea (sample)");
	}

	@Test
	void titleIsInTheBuyersLanguageWithFallbackAndPriceIsAMoneyObjectInTheMarketCurrency() {
		JsonNode hit = search("q=" + enc("Kishu pickled ume plums") + "&lang=zh&market=GB").get("hits").get(0);
		assertThat(hit.get("title").asString()).isEqualTo("纪州梅干（样品）");
		assertThat(hit.get("price").get("currency").asString()).isEqualTo("GBP");
		assertThat(hit.get("price").get("amount").isString()).isTrue();
		assertThat(hit.get("price").get("amount").asString()).matches("^[0-9]+\\.[0-9]{2}$");
		JsonNode yen = search("q=wok&market=JP").get("hits").get(0).get("price");
		assertThat(yen.get("currency").asString()).isEqualTo("JPY");
		assertThat(yen.get("amount").asString()).matches("^[0-9]+$");
		JsonNode overridden = search("q=" + enc("Spring City green tea") + "&market=JP&currency=CNY").get("hits")
			.get(0);
		assertThat(overridden.get("price").get("amount").asString()).isEqualTo("98.00");
	}

	@Test
	void facetsCountCategoriesCitiesCountriesOriginsAndPriceRanges() {
		JsonNode facets = search("market=FI&currency=EUR").get("facets");
		assertThat(facets.get("category").size()).isGreaterThan(2);
		assertThat(facets.get("merchantCity").toString()).contains("fi-vantaa").contains("Vantaa");
		assertThat(facets.get("merchantCountry").toString()).contains("\"CN\"");
		assertThat(facets.get("origin").toString()).contains("\"JP\"");
		assertThat(facets.get("price").size()).isGreaterThan(1);
		long cookware = search("category=cookware&market=FI").get("total").asLong();
		long home = search("category=home&market=FI").get("total").asLong();
		assertThat(cookware).isPositive().isLessThan(home);
		assertThat(search("merchantCity=fi-vantaa").get("total").asLong()).isEqualTo(6);
	}

	@Test
	void onlyVerifiedMerchantsProductsArePublic() {
		assertThat(search("q=Coventry+mug").get("total").asLong()).isZero();
	}

	@Test
	void cursorPagesThroughEverythingOnceInPriceOrder() {
		Set<Long> seen = new HashSet<>();
		List<Long> prices = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = search(
					"market=DE&currency=EUR&sort=PRICE_ASC&size=7" + (cursor == null ? "" : "&cursor=" + cursor));
			for (JsonNode hit : page.get("hits")) {
				assertThat(seen.add(hit.get("productId").asLong())).as(pages + " " + cursor + " " + page).isTrue();
				prices.add(Math.round(Double.parseDouble(hit.get("price").get("amount").asString()) * 100));
			}
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			pages++;
		}
		while (cursor != null && pages < 20);
		assertThat(seen).hasSizeGreaterThanOrEqualTo(30);
		assertThat(prices).isSorted();
	}

	@Test
	void autocompleteSuggestsTitles() {
		Response response = api().get("/api/v1/catalog/search/suggest?q=cast-ir&lang=en");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Cast-iron wok 36 cm (sample)");
	}

	@Test
	void badSearchParametersAreRefusedNamingTheField() {
		assertThat(api().get("/api/v1/catalog/search?market=XX").body()).contains("market");
		assertThat(api().get("/api/v1/catalog/search?currency=ABC").status()).isEqualTo(400);
		assertThat(api().get("/api/v1/catalog/search?cursor=bogus").body()).contains("cursor");
		assertThat(api().get("/api/v1/catalog/search?sort=CHEAPEST").status()).isEqualTo(400);
	}

	@Test
	void rebuildKeepsAnswering() {
		String admin = tokenFor(Role.ADMIN);
		assertThat(api().post("/api/v1/catalog/search/rebuild", null, admin).status()).isEqualTo(202);
		for (int i = 0; i < 20; i++) {
			assertThat(search("q=wok").get("total").asLong()).isGreaterThanOrEqualTo(2);
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !api().get("/api/v1/catalog/search/status", admin).json().get("rebuilding").asBoolean());
		assertThat(search("q=wok").get("total").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void marketplacePageShowsHitsFacetsAndSwitchesLanguage() {
		var english = new org.twinport.support.WebSession(baseUrl()).get("/marketplace?q=wok&market=FI&currency=EUR");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("Hand-cast iron wok 32 cm (sample)")
			.contains("Merchant&#39;s city")
			.contains("EUR");
		var chinese = new org.twinport.support.WebSession(baseUrl()).get("/marketplace?q=wok&market=JP&lang=zh-CN");
		assertThat(chinese.body()).contains("手工铸铁炒锅 32厘米（样品）").contains("商家城市").contains("JPY");
		var home = new org.twinport.support.WebSession(baseUrl()).get("/");
		assertThat(home.body()).contains("href=\"/marketplace\"").doesNotContain("/coming/marketplace");
	}

	private JsonNode search(String query) {
		Response response = api().get("/api/v1/catalog/search?" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	static List<String> titles(JsonNode result) {
		List<String> titles = new ArrayList<>();
		result.get("hits").forEach(hit -> titles.add(hit.get("title").asString()));
		return titles;
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}

package org.twinport.search;

import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search offers only what a buyer could put in the cart: an active product of a verified merchant with a variant
 * that has units on hand. A product without a variant, or whose variants have no stock, is not found until it has.
 */
class SellableProductsSearchTest extends IntegrationTest {

	private static String product(String sku, String variants) {
		return """
				{"sku": "%s", "texts": {"en": {"title": "Sellable check %s"}}, "hsCode": "090230", "originCountry": "CN",
				 "basePrice": {"amount": "20.00", "currency": "CNY"}, "status": "ACTIVE", "markets": ["FI"],
				 "variants": %s}
				""".formatted(sku, sku, variants);
	}

	private long total(String sku) {
		return api().get("/api/v1/catalog/search?market=FI&q=" + sku).json().get("total").asLong();
	}

	@Test
	void productsWithoutAVariantOrWithoutStockAreNotFoundUntilTheyHaveStock() {
		String merchant = tokenFor(Role.MERCHANT);
		String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String bare = "SB-" + run;
		String empty = "SE-" + run;
		String stocked = "SS-" + run;
		assertCreated(api().post("/api/v1/catalog/products", product(bare, "[]"), merchant));
		JsonNode unstocked = assertCreated(api().post("/api/v1/catalog/products",
				product(empty, "[{\"sku\": \"" + empty + "-A\"}]"), merchant));
		assertCreated(api().post("/api/v1/catalog/products",
				product(stocked, "[{\"sku\": \"" + stocked + "-A\", \"onHand\": 3}]"), merchant));

		// The index follows the catalog's events in order of no promise: once the last
		// product is found, the two before it have been indexed too.
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> total(stocked) == 1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> total(bare) + total(empty) == 0);

		long variant = unstocked.get("variants").get(0).get("id").asLong();
		assertThat(api().put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": 2}", merchant).status())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> total(empty) == 1);

		assertThat(api().put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": 0}", merchant).status())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> total(empty) == 0);
		assertThat(total(bare)).isZero();
	}

	@Test
	void stockTypedWithTheVariantGoesToTheMerchantsFirstWarehouseAndANegativeOneIsRefused() {
		String merchant = tokenFor(Role.MERCHANT);
		String sku = "SW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Response refused = api().post("/api/v1/catalog/products",
				product(sku, "[{\"sku\": \"" + sku + "-A\", \"onHand\": -1}]"), merchant);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("variants[0].onHand");
		assertThat(jdbc.sql("select count(*) from catalog.product where sku = :s").param("s", sku).query(Long.class)
			.single()).isZero();

		JsonNode created = assertCreated(api().post("/api/v1/catalog/products",
				product(sku, "[{\"sku\": \"" + sku + "-A\", \"onHand\": 9}]"), merchant));
		JsonNode stock = api().get("/api/v1/catalog/products/" + created.get("id").asLong() + "/stock", merchant).json();
		assertThat(stock.toString()).contains("\"main\"").contains("9");
	}

	private static JsonNode assertCreated(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

}

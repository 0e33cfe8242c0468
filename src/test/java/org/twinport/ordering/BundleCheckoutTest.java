package org.twinport.ordering;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bundle (a gift set of two teas and a cup) has no stock of its own: selling it
 * reserves its components, and a component sold on its own in the same checkout is
 * checked together with the bundle's share of it, not each line on its own.
 */
class BundleCheckoutTest extends IntegrationTest {

	static final String ROSE_MERCHANT = "cn-jinan-sample-pingyin-rose";

	OrderingFixtures fixtures;

	String admin;

	@BeforeEach
	void fixtures() {
		admin = tokenFor(Role.ADMIN);
		fixtures = new OrderingFixtures(api(), jdbc, accounts, admin);
	}

	@Test
	void aBundleAndItsComponentSoldAloneAreCheckedTogetherThenReservedAndReleasedAsComponents() {
		long rose = fixtures.variant(ROSE_MERCHANT, "48.00", 4);
		long cup = fixtures.variant(ROSE_MERCHANT, "30.00", 10);
		long giftSet = fixtures.variant(ROSE_MERCHANT, "120.00", 0);
		Response set = bundle(giftSet, rose, 2, cup, 1);
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json()).hasSize(2);
		assertThat(api().get("/api/v1/catalog/variants/" + giftSet + "/components", admin)
			.json()
			.get(0)
			.get("quantity")
			.asInt()).isEqualTo(2);

		long setProduct = jdbc.sql("select product_id from catalog.variant where id = :v")
			.param("v", giftSet)
			.query(Long.class)
			.single();
		String roseSku = jdbc.sql("select sku from catalog.variant where id = :v")
			.param("v", rose)
			.query(String.class)
			.single();
		String roseTitle = jdbc.sql("""
				select t.title from catalog.product_text t join catalog.variant v on v.product_id = t.product_id
				where v.id = :v and t.lang = 'en'""").param("v", rose).query(String.class).single();
		assertThat(new WebSession(baseUrl()).get("/marketplace/products/" + setProduct + "?market=FI").body())
			.as("buyers see what the set holds, by title")
			.contains("Bundle of 2 × " + org.springframework.web.util.HtmlUtils.htmlEscape(roseTitle) + " (" + roseSku
					+ ")");

		// 3 roses alone fit in 4, and so do the set's 2; together they need 5.
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, rose, 3);
		fixtures.cart(buyer, giftSet, 1);
		Response refused = fixtures.place(buyer, fixtures.review(buyer).get("id").asString(), "k1");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).startsWith("Out of stock").contains("5");
		assertThat(fixtures.available(rose)).isEqualTo(4);
		assertThat(fixtures.available(cup)).isEqualTo(10);
		assertThat(api().get("/api/v1/orders", buyer).json()).isEmpty();

		Response restocked = api().put("/api/v1/catalog/variants/" + rose + "/stock/main", "{\"onHand\": 5}", admin);
		assertThat(restocked.status()).isEqualTo(200);
		Response placed = fixtures.place(buyer, fixtures.review(buyer).get("id").asString(), "k2");
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		assertThat(fixtures.available(rose)).isZero();
		assertThat(fixtures.available(cup)).isEqualTo(9);
		assertThat(fixtures.available(giftSet)).as("a bundle's own stock is not used").isZero();

		long order = placed.json().get("orders").get(0).get("id").asLong();
		Response cancelled = api().post("/api/v1/orders/" + order + "/status", "{\"status\": \"CANCELLED\"}", buyer);
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		assertThat(fixtures.available(rose)).isEqualTo(5);
		assertThat(fixtures.available(cup)).isEqualTo(10);
	}

	@Test
	void buyersRacingForBundlesNeverGetMoreSetsThanTheComponentsMake() throws Exception {
		long rose = fixtures.variant(ROSE_MERCHANT, "48.00", 10);
		long cup = fixtures.variant(ROSE_MERCHANT, "30.00", 100);
		long giftSet = fixtures.variant(ROSE_MERCHANT, "120.00", 0);
		assertThat(bundle(giftSet, rose, 2, cup, 1).status()).isEqualTo(200);
		int placed = 0;
		for (Response response : fixtures.raceToPlace(16, giftSet, 1)) {
			if (response.status() == 201) {
				placed++;
			}
			else {
				assertThat(response.status()).as(response.toString()).isEqualTo(409);
			}
		}
		assertThat(placed).isEqualTo(5);
		assertThat(fixtures.available(rose)).isZero();
		assertThat(fixtures.available(cup)).isEqualTo(95);
	}

	@Test
	void aBundleIsMadeOfTheSameMerchantsPlainVariantsOnly() {
		long rose = fixtures.variant(ROSE_MERCHANT, "48.00", 10);
		long cup = fixtures.variant(ROSE_MERCHANT, "30.00", 10);
		long giftSet = fixtures.variant(ROSE_MERCHANT, "120.00", 0);
		long otherMerchants = fixtures.variant("cn-jinan-sample-ironware", "99.00", 10);
		assertThat(bundle(giftSet, rose, 2, cup, 1).status()).isEqualTo(200);

		long box = fixtures.variant(ROSE_MERCHANT, "60.00", 0);
		assertRefused(bundle(box, otherMerchants, 1, rose, 1), "components[0].variantId");
		assertRefused(bundle(box, rose, 1, box, 1), "components[1].variantId");
		assertRefused(bundle(box, giftSet, 1, rose, 1), "components[0].variantId");
		assertRefused(bundle(box, rose, 0, cup, 1), "components[0].quantity");
		assertRefused(bundle(box, rose, 1, rose, 2), "components[1].variantId");
		assertRefused(api().put("/api/v1/catalog/variants/" + box + "/components", "{}", admin), "components");
		assertRefused(bundle(cup, rose, 1, box, 1), "components");
		assertThat(api().get("/api/v1/catalog/variants/" + box + "/components", admin).json())
			.as("nothing half-written")
			.isEmpty();

		Response plainAgain = api().put("/api/v1/catalog/variants/" + giftSet + "/components", "{\"components\": []}",
				admin);
		assertThat(plainAgain.status()).isEqualTo(200);
		assertThat(plainAgain.json()).isEmpty();
	}

	private Response bundle(long bundle, long first, int firstUnits, long second, int secondUnits) {
		return api().put("/api/v1/catalog/variants/" + bundle + "/components",
				"{\"components\": [{\"variantId\": %d, \"quantity\": %d}, {\"variantId\": %d, \"quantity\": %d}]}"
					.formatted(first, firstUnits, second, secondUnits),
				admin);
	}

	private static void assertRefused(Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode errors = response.json().get("errors");
		assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
	}

}

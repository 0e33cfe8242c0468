package org.twinport.ordering;

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
 * The landed-cost quote a checkout review asks for names each item's national tariff
 * line for the cart's destination, where the product has one for it.
 */
class CheckoutNationalCodeTest extends IntegrationTest {

	@Test
	void theReviewsQuoteCarriesTheProductsNationalCodeForTheDestination() {
		Response loaded = api().post("/api/v1/landed-cost/tariffs?market=EU", "", tokenFor(Role.ADMIN));
		assertThat(loaded.status()).as(loaded.toString()).isIn(200, 201);
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long withCode = variant("{\"FI\": \"09023000\"}");
		long withoutCode = variant("{}");

		String buyer = fixtures.buyer();
		fixtures.cart(buyer, withCode, 1);
		Response second = api().post("/api/v1/cart/lines", "{\"variantId\": " + withoutCode + ", \"quantity\": 1}",
				buyer);
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		JsonNode review = fixtures.review(buyer);
		String quoteId = review.get("consignments").get(0).get("quote").get("id").asString();
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select count(*) from pricing.quote where id = cast(:id as uuid)")
			.param("id", quoteId)
			.query(Long.class)
			.single() == 1);
		String items = jdbc.sql("""
				select string_agg(coalesce(item->>'nationalCode', '-'), ',' order by item->>'description')
				from pricing.quote, json_array_elements(request->'items') item where id = cast(:id as uuid)""")
			.param("id", quoteId)
			.query(String.class)
			.single();
		// Ordered by title: the product with a code for FI passes it, the one without passes none.
		assertThat(items).isEqualTo("09023000,-");
	}

	/** A product of the rose workshop sold in FI, with these national codes. */
	private long variant(String nationalCodes) {
		long merchant = jdbc.sql("select id from catalog.merchant where code = 'cn-jinan-sample-pingyin-rose'")
			.query(Long.class)
			.single();
		String sku = "NC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String label = nationalCodes.equals("{}") ? "b without" : "a with";
		Response created = api().post("/api/v1/catalog/products?merchantId=" + merchant, """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "%s %s"}}, "hsCode": "09023000",
				 "originCountry": "CN", "weightGrams": 200, "basePrice": {"amount": "48.00", "currency": "CNY"},
				 "status": "ACTIVE", "markets": ["FI"], "nationalCodes": %s,
				 "variants": [{"sku": "%s-A"}]}""".formatted(sku, label, sku, nationalCodes, sku),
				tokenFor(Role.ADMIN));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long variant = created.json().get("variants").get(0).get("id").asLong();
		assertThat(api().put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": 10}",
				tokenFor(Role.ADMIN)).status()).isEqualTo(200);
		return variant;
	}

}

package org.twinport.ordering;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review with landed cost per merchant, one order per merchant, and the 4xx answers for
 * what must be reviewed again.
 */
class CheckoutApiTest extends IntegrationTest {

	OrderingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
	}

	@Test
	void aCartFromTwoMerchantsIsReviewedWithLandedCostAndBecomesTwoOrdersUnderOneReference() {
		long rose = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		long tea = fixtures.variant("cn-jinan-sample-tea", "120.00", 20);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, rose, 2);
		assertThat(api().post("/api/v1/cart/lines", "{\"variantId\": " + tea + ", \"quantity\": 1}", buyer).status())
			.isEqualTo(200);
		long teaMerchant = jdbc.sql("select id from catalog.merchant where code = 'cn-jinan-sample-tea'")
			.query(Long.class)
			.single();
		assertThat(api().put("/api/v1/cart/shipping/" + teaMerchant, "{\"service\": \"EXPRESS\"}", buyer).status())
			.isEqualTo(200);

		JsonNode review = fixtures.review(buyer);
		assertThat(review.get("currency").asString()).isEqualTo("EUR");
		assertThat(review.get("consignments")).hasSize(2);
		JsonNode express = null;
		for (JsonNode consignment : review.get("consignments")) {
			JsonNode quote = consignment.get("quote");
			assertThat(quote.get("currency").asString()).isEqualTo("EUR");
			assertThat(quote.get("ruleSetVersion").asString()).isNotBlank();
			assertThat(quote.get("fxRateSetId").asString()).isNotBlank();
			assertThat(quote.get("lines").findValuesAsString("type")).contains("GOODS", "SHIPPING", "VAT");
			String vat = quote.get("lines")
				.findValues("description")
				.stream()
				.map(JsonNode::asString)
				.filter(text -> text.startsWith("VAT"))
				.findFirst()
				.orElseThrow();
			// Finland: 13.5% for the tea (food, since 2026-01-01), 25.5% for other goods
			assertThat(vat).containsAnyOf("13.5%", "25.5%").containsIgnoringCase("IOSS");
			if (consignment.get("merchantId").asLong() == teaMerchant) {
				express = consignment;
			}
		}
		assertThat(express.get("service").asString()).isEqualTo("EXPRESS");

		Response placed = fixtures.place(buyer, review.get("id").asString(), UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		JsonNode result = placed.json();
		assertThat(result.get("orders")).hasSize(2);
		assertThat(result.get("total").get("amount").asString())
			.isEqualTo(review.get("total").get("amount").asString());
		for (JsonNode order : result.get("orders")) {
			assertThat(order.get("checkoutReference").asString()).isEqualTo(result.get("reference").asString());
			assertThat(order.get("status").asString()).isEqualTo("PLACED");
			assertThat(order.get("address").get("postalCode").asString()).isEqualTo("01300");
			assertThat(order.get("charges").size()).isGreaterThanOrEqualTo(3);
			assertThat(order.get("lines").get(0).get("unitPrice").get("currency").asString()).isEqualTo("CNY");
		}
		assertThat(fixtures.available(rose)).isEqualTo(18);
		assertThat(fixtures.available(tea)).isEqualTo(19);
		assertThat(api().get("/api/v1/cart", buyer).json().get("lines")).isEmpty();
		assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%OrderPlaced'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCartChangedOrRepricedSinceReviewOrAnExpiredQuoteMustBeReviewedAgain() {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, variant, 1);
		String stale = fixtures.review(buyer).get("id").asString();
		api().put("/api/v1/cart/lines/" + variant, "{\"quantity\": 2}", buyer);
		assertConflict(fixtures.place(buyer, stale, UUID.randomUUID().toString()), "cart changed");

		String repriced = fixtures.review(buyer).get("id").asString();
		long product = jdbc.sql("select product_id from catalog.variant where id = :v")
			.param("v", variant)
			.query(Long.class)
			.single();
		jdbc.sql("update catalog.product set base_price = 49.00 where id = :p").param("p", product).update();
		assertConflict(fixtures.place(buyer, repriced, UUID.randomUUID().toString()), "price");

		String expired = fixtures.review(buyer).get("id").asString();
		jdbc.sql("update ordering.checkout_review set consignments = jsonb_set(consignments::jsonb, "
				+ "'{expiresAt}', '\"2026-01-01T00:00:00Z\"')::json where id = cast(:id as uuid)")
			.param("id", expired)
			.update();
		assertConflict(fixtures.place(buyer, expired, UUID.randomUUID().toString()), "expired");
		assertThat(fixtures.available(variant)).isEqualTo(20);
		assertThat(jdbc
			.sql("select count(*) from ordering.checkout c where c.review_id in (cast(:a as uuid), "
					+ "cast(:b as uuid), cast(:c as uuid))")
			.param("a", stale)
			.param("b", repriced)
			.param("c", expired)
			.query(Long.class)
			.single()).as("nothing half-written").isZero();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		String buyer = fixtures.buyer();
		assertBadRequest(api().put("/api/v1/cart", "{\"market\": \"FI\", \"currency\": \"JPY\"}", buyer), "currency");
		assertBadRequest(api().put("/api/v1/cart", "{\"market\": \"ZZ\", \"currency\": \"EUR\"}", buyer), "market");
		for (String quantity : new String[] { "0", "-1", "100" }) {
			assertBadRequest(api().post("/api/v1/cart/lines",
					"{\"variantId\": " + variant + ", \"quantity\": " + quantity + "}", buyer), "quantity");
		}
		assertBadRequest(api().post("/api/v1/cart/lines", "{\"variantId\": 999999999, \"quantity\": 1}", buyer),
				"variantId");
		fixtures.cart(buyer, variant, 1);
		assertBadRequest(api().put("/api/v1/cart/lines/" + variant, "{\"quantity\": 0}", buyer), "quantity");
		assertBadRequest(api().post("/api/v1/checkout/reviews", """
				{"address": {"name": "Aino", "line1": "Tikkurilantie 1", "city": "Vantaa", "postalCode": "ABC",
				 "country": "FI"}}""", buyer), "address.postalCode");
		assertBadRequest(api().post("/api/v1/checkout/reviews", """
				{"address": {"name": "", "line1": "Tikkurilantie 1", "city": "Vantaa", "postalCode": "01300",
				 "country": "FI"}}""", buyer), "address.name");
		assertBadRequest(fixtures.place(buyer, fixtures.review(buyer).get("id").asString(), ""), "Idempotency-Key");

		// A Chinese address in Chinese script, with the province China's post needs.
		api().put("/api/v1/cart", "{\"market\": \"CN\", \"currency\": \"CNY\"}", buyer);
		assertBadRequest(api().post("/api/v1/checkout/reviews", """
				{"address": {"name": "王小明", "line1": "历下区泉城路 1 号", "city": "济南", "postalCode": "250000",
				 "country": "CN"}}""", buyer), "address.region");
		Response chinese = api().post("/api/v1/checkout/reviews", """
				{"address": {"name": "王小明", "line1": "历下区泉城路 1 号", "city": "济南", "region": "山东省",
				 "postalCode": "250000", "country": "CN"}}""", buyer);
		assertThat(chinese.status()).as(chinese.toString()).isIn(201, 409);
	}

	@Test
	void aBuyerSeesOnlyItsOwnCartReviewsAndOrders() {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		String owner = fixtures.buyer();
		fixtures.cart(owner, variant, 1);
		String review = fixtures.review(owner).get("id").asString();
		Response placed = fixtures.place(owner, review, UUID.randomUUID().toString());
		long order = placed.json().get("orders").get(0).get("id").asLong();
		String other = fixtures.buyer();
		assertThat(api().get("/api/v1/checkout/reviews/" + review, other).status()).isEqualTo(404);
		assertThat(fixtures.place(other, review, UUID.randomUUID().toString()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/orders/" + order, other).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/orders", other).json()).isEmpty();
		assertThat(api().get("/api/v1/orders/" + order, tokenFor(Role.ADMIN)).status()).isEqualTo(200);
	}

	private static void assertConflict(Response response, String detail) {
		assertThat(response.status()).as(response.toString()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).containsIgnoringCase(detail).contains("review");
	}

	private static void assertBadRequest(Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}

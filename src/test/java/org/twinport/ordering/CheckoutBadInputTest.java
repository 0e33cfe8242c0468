package org.twinport.ordering;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each bad input of the checkout answers a 4xx problem+json that names the field, and
 * leaves nothing behind: no cart change, no review, no checkout, no order, no payment, no
 * stock held.
 */
class CheckoutBadInputTest extends IntegrationTest {

	OrderingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
	}

	@Test
	void aCurrencyNotOfTheMarketAnUnknownMarketOrABadQuantityChangesNothingInTheCart() {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, variant, 3);
		JsonNode before = api().get("/api/v1/cart", buyer).json();

		assertProblem(api().put("/api/v1/cart", "{\"market\": \"FI\", \"currency\": \"CNY\"}", buyer), 400, "currency");
		assertProblem(api().put("/api/v1/cart", "{\"market\": \"ZZ\", \"currency\": \"EUR\"}", buyer), 400, "market");
		for (String quantity : new String[] { "0", "-1", "100" }) {
			assertProblem(api().put("/api/v1/cart/lines/" + variant, "{\"quantity\": " + quantity + "}", buyer), 400,
					"quantity");
			assertProblem(api().post("/api/v1/cart/lines",
					"{\"variantId\": " + variant + ", \"quantity\": " + quantity + "}", buyer), 400, "quantity");
		}
		// 97 more would make 100 of one variant, over the maximum of 99.
		Response over = api().post("/api/v1/cart/lines", "{\"variantId\": " + variant + ", \"quantity\": 97}", buyer);
		assertProblem(over, 400, "quantity");
		assertProblem(api().post("/api/v1/cart/lines", "{\"variantId\": 999999999, \"quantity\": 1}", buyer), 400,
				"variantId");

		JsonNode after = api().get("/api/v1/cart", buyer).json();
		assertThat(after).as("nothing half-written in the cart").isEqualTo(before);
		assertThat(after.get("market").asString()).isEqualTo("FI");
		assertThat(after.get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
	}

	@Test
	void aLineOverTheMaximumIsRefusedInChineseToAChineseReader() {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, variant, 3);

		Response over = api().send("POST", "/api/v1/cart/lines", "{\"variantId\": " + variant + ", \"quantity\": 97}",
				buyer, "Accept-Language", "zh");

		assertThat(over.status()).as(over.toString()).isEqualTo(400);
		JsonNode error = over.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("quantity");
		assertThat(error.get("code").asString()).isEqualTo("ordering.problem.quantityOverMaximum");
		assertThat(error.get("message").asString()).isEqualTo("会使该商品行超过上限 99 件");
		assertThat(api().get("/api/v1/cart", buyer).json().get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
	}

	@Test
	void anHsCodeWithoutARuleOrAnAddressInAnotherCountryIsRefusedAtReviewAndNothingIsStored() {
		// Chapter 77 is reserved in HS: the catalog refuses it now, so the product is one stored before it did.
		long unknownChapter = variantWithHs("09023000", "480.00");
		jdbc.sql("update catalog.product set hs_code = '77000000' where id = "
				+ "(select product_id from catalog.variant where id = :v)")
			.param("v", unknownChapter)
			.update();
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, unknownChapter, 5);
		Response review = api().post("/api/v1/checkout/reviews", OrderingFixtures.FI_ADDRESS, buyer);
		assertThat(review.status()).as(review.toString()).isEqualTo(400);
		assertThat(review.contentType()).startsWith("application/problem+json");
		assertThat(review.json().get("errors").get(0).get("field").asString()).endsWith("hsCode");

		String other = fixtures.buyer();
		fixtures.cart(other, fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20), 1);
		assertProblem(
				api().post("/api/v1/checkout/reviews", OrderingFixtures.FI_ADDRESS.replace("\"FI\"", "\"DE\""), other),
				400, "address.country");
		assertProblem(
				api().post("/api/v1/checkout/reviews", OrderingFixtures.FI_ADDRESS.replace("\"FI\"", "\"XX\""), other),
				400, "address.country");
		assertThat(reviews(buyer) + reviews(other)).as("no review stored").isZero();
	}

	@Test
	void placingAStaleRepricedOrExpiredReviewHoldsNoStockAndWritesNoOrder() {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, variant, 2);
		String stale = fixtures.review(buyer).get("id").asString();
		api().put("/api/v1/cart/lines/" + variant, "{\"quantity\": 3}", buyer);
		assertProblem(fixtures.place(buyer, stale, UUID.randomUUID().toString()), 409, null);

		String repriced = fixtures.review(buyer).get("id").asString();
		jdbc.sql("update catalog.product set base_price = base_price + 1 where id = "
				+ "(select product_id from catalog.variant where id = :v)")
			.param("v", variant)
			.update();
		Response changed = fixtures.place(buyer, repriced, UUID.randomUUID().toString());
		assertProblem(changed, 409, null);
		assertThat(changed.json().get("detail").asString()).contains("price").contains("review");

		String expired = fixtures.review(buyer).get("id").asString();
		jdbc.sql("update ordering.checkout_review set consignments = jsonb_set(consignments::jsonb, "
				+ "'{expiresAt}', '\"2026-01-01T00:00:00Z\"')::json where id = cast(:id as uuid)")
			.param("id", expired)
			.update();
		Response late = fixtures.place(buyer, expired, UUID.randomUUID().toString());
		assertProblem(late, 409, null);
		assertThat(late.json().get("detail").asString()).contains("expired");

		assertThat(fixtures.available(variant)).as("no stock held").isEqualTo(20);
		assertThat(api().get("/api/v1/orders", buyer).json()).as("no order").isEmpty();
		assertThat(jdbc
			.sql("select count(*) from ordering.checkout c join ordering.checkout_review r "
					+ "on r.id = c.review_id where r.id in (cast(:a as uuid), cast(:b as uuid), cast(:c as uuid))")
			.param("a", stale)
			.param("b", repriced)
			.param("c", expired)
			.query(Long.class)
			.single()).as("no checkout").isZero();
		assertThat(api().get("/api/v1/cart", buyer).json().get("lines").get(0).get("quantity").asInt())
			.as("the cart is kept to review again")
			.isEqualTo(3);
	}

	@Test
	void aPaymentForAnotherOrderIsRefusedAndChangesNeitherOrder() {
		String code = jdbc.sql("select code from catalog.merchant order by id limit 1").query(String.class).single();
		long variant = fixtures.variant(code, "60.00", 20);
		String buyer = fixtures.buyer();
		long first = order(buyer, variant);
		long second = order(buyer, variant);
		Response pending = api().post("/api/v1/orders/" + first + "/payments", "{\"provider\": \"bank-transfer\"}",
				buyer);
		assertThat(pending.status()).as(pending.toString()).isEqualTo(201);
		long payment = pending.json().get("id").asLong();
		JsonNode secondOrder = api().get("/api/v1/orders/" + second, buyer).json();

		Response foreign = api().post("/api/v1/orders/" + second + "/payments/" + payment + "/confirmation",
				"{\"amount\": " + secondOrder.get("total") + "}", tokenFor(Role.MERCHANT));
		assertProblem(foreign, 400, "paymentId");

		// Another buyer cannot pay, see or confirm this buyer's order.
		String stranger = fixtures.buyer();
		Response strangerPays = api().post("/api/v1/orders/" + first + "/payments",
				"{\"provider\": \"test-card\", \"details\": {\"cardNumber\": \"4242424242424242\"}}", stranger);
		assertProblem(strangerPays, 404, null);

		assertThat(api().get("/api/v1/orders/" + first, buyer).json().get("status").asString()).isEqualTo("PLACED");
		assertThat(secondOrder.get("status").asString()).isEqualTo("PLACED");
		assertThat(api().get("/api/v1/orders/" + second, buyer).json().get("status").asString()).isEqualTo("PLACED");
		JsonNode payments = api().get("/api/v1/orders/" + first + "/payments", buyer).json();
		assertThat(payments).hasSize(1);
		assertThat(payments.get(0).get("status").asString()).isEqualTo("PENDING");
		assertThat(api().get("/api/v1/orders/" + second + "/payments", buyer).json()).isEmpty();
	}

	private long order(String buyer, long variant) {
		fixtures.cart(buyer, variant, 1);
		Response placed = fixtures.place(buyer, fixtures.review(buyer).get("id").asString(),
				UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		return placed.json().get("orders").get(0).get("id").asLong();
	}

	private long variantWithHs(String hsCode, String price) {
		long merchant = jdbc.sql("select id from catalog.merchant where code = 'cn-jinan-sample-pingyin-rose'")
			.query(Long.class)
			.single();
		String sku = "H-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Response created = api().post("/api/v1/catalog/products?merchantId=" + merchant, """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Unruled %s"}}, "hsCode": "%s",
				 "originCountry": "CN", "weightGrams": 200, "basePrice": {"amount": "%s", "currency": "CNY"},
				 "status": "ACTIVE", "markets": ["FI"], "variants": [{"sku": "%s-A"}]}""".formatted(sku, sku, hsCode,
				price, sku), tokenFor(Role.ADMIN));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long variant = created.json().get("variants").get(0).get("id").asLong();
		api().put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": 50}", tokenFor(Role.ADMIN));
		return variant;
	}

	private long reviews(String token) {
		return jdbc
			.sql("select count(*) from ordering.checkout_review r join identity.api_token t "
					+ "on t.account_id = r.account_id where t.token_hash = sha256(convert_to(:t, 'UTF8'))")
			.param("t", token)
			.query(Long.class)
			.single();
	}

	private static void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		if (field != null) {
			assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.toString())
				.isEqualTo(field);
		}
	}

}

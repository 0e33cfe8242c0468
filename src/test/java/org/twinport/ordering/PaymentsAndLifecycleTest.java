package org.twinport.ordering;

import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Paying with the built-in providers, refunds, and each role moving an order through its
 * life.
 */
class PaymentsAndLifecycleTest extends IntegrationTest {

	OrderingFixtures fixtures;

	long variant;

	@BeforeEach
	void fixtures() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		// The MERCHANT test account belongs to the first merchant, so its orders are that
		// merchant's.
		String code = jdbc.sql("select code from catalog.merchant order by id limit 1").query(String.class).single();
		variant = fixtures.variant(code, "60.00", 50);
	}

	private JsonNode order(String buyer, int quantity) {
		fixtures.cart(buyer, variant, quantity);
		Response placed = fixtures.place(buyer, fixtures.review(buyer).get("id").asString(),
				UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		return placed.json().get("orders").get(0);
	}

	@Test
	void testCardsSucceedDeclineAndTimeOutAndThePaidAmountIsTheTotal() {
		String buyer = fixtures.buyer();
		JsonNode order = order(buyer, 1);
		long id = order.get("id").asLong();
		Response declined = pay(buyer, id, "4000 0000 0000 0002");
		assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
		Response timedOut = pay(buyer, id, "4000000000000069");
		assertThat(timedOut.json().get("status").asString()).isEqualTo("TIMED_OUT");
		assertThat(status(buyer, id)).isEqualTo("PLACED");
		Response paid = pay(buyer, id, "4242424242424242");
		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		assertThat(paid.json().get("status").asString()).isEqualTo("CAPTURED");
		assertThat(paid.json().get("amount")).isEqualTo(order.get("total"));
		JsonNode after = api().get("/api/v1/orders/" + id, buyer).json();
		assertThat(after.get("status").asString()).isEqualTo("PAID");
		assertThat(after.get("paid")).isEqualTo(order.get("total"));
		assertThat(pay(buyer, id, "4242424242424242").status()).as("paying twice").isEqualTo(409);
		assertThat(api().get("/api/v1/orders/" + id + "/payments", buyer).json()).hasSize(3);
		assertThat(api().post("/api/v1/orders/" + id + "/payments", "{\"provider\": \"cash\"}", buyer)
			.json()
			.get("errors")
			.get(0)
			.get("field")
			.asString()).isEqualTo("provider");
	}

	@Test
	void aBankTransferIsConfirmedByTheMerchantOnceForTheExactTotal() {
		String buyer = fixtures.buyer();
		JsonNode order = order(buyer, 2);
		long id = order.get("id").asLong();
		Response pending = api().post("/api/v1/orders/" + id + "/payments", "{\"provider\": \"bank-transfer\"}", buyer);
		assertThat(pending.status()).as(pending.toString()).isEqualTo(201);
		assertThat(pending.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(pending.json().get("instructions").asString()).contains(pending.json().get("reference").asString());
		long payment = pending.json().get("id").asLong();
		String merchant = tokenFor(Role.MERCHANT);
		String confirm = "/api/v1/orders/" + id + "/payments/" + payment + "/confirmation";
		Response wrong = api().post(confirm, "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}", merchant);
		assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
		String exact = "{\"amount\": " + order.get("total") + "}";
		assertThat(api().post(confirm, exact, buyer).status()).as("a buyer cannot confirm").isEqualTo(403);
		assertThat(api().post(confirm, exact, merchant).status()).isEqualTo(200);
		Response again = api().post(confirm, exact, merchant);
		assertThat(again.status()).as("a double callback is harmless").isEqualTo(200);
		assertThat(status(buyer, id)).isEqualTo("PAID");
		assertThat(jdbc
			.sql("select count(distinct serialized_event) from event_publication where event_type like '%OrderPaid' "
					+ "and serialized_event like :id")
			.param("id", "%\"orderId\":" + id + ",%")
			.query(Long.class)
			.single()).isEqualTo(1);

		// A payment of another order is refused, naming the field.
		JsonNode another = order(buyer, 1);
		Response foreign = api().post(
				"/api/v1/orders/" + another.get("id").asLong() + "/payments/" + payment + "/confirmation",
				"{\"amount\": " + another.get("total") + "}", merchant);
		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
		assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("paymentId");
	}

	@Test
	void eachRoleMovesTheOrderOnlyWhereItMayAndEachStepIsAnEventInTheOutbox() {
		String buyer = fixtures.buyer();
		String merchant = tokenFor(Role.MERCHANT);
		long id = order(buyer, 3).get("id").asLong();
		assertThat(fixtures.available(variant)).isEqualTo(47);
		pay(buyer, id, "4242424242424242");
		assertThat(move(buyer, id, "READY_FOR_CUSTOMS").status()).isEqualTo(403);
		assertThat(move(merchant, id, "SHIPPED").status()).as("not ready for customs yet").isEqualTo(409);
		assertThat(move(merchant, id, "PAID").status()).isEqualTo(409);
		assertThat(move(tokenFor(Role.PARTNER_OFFICE), id, "SHIPPED").status()).isEqualTo(403);
		assertThat(move(merchant, id, "READY_FOR_CUSTOMS").status()).isEqualTo(200);
		Response untracked = move(merchant, id, "SHIPPED");
		assertThat(untracked.status()).as(untracked.toString()).isEqualTo(400);
		assertThat(untracked.json().get("errors").get(0).get("field").asString()).isEqualTo("trackingNumber");
		assertThat(status(merchant, id)).as("nothing half-written").isEqualTo("READY_FOR_CUSTOMS");
		assertThat(api()
			.post("/api/v1/orders/" + id + "/status",
					"{\"status\": \"SHIPPED\", \"trackingNumber\": \"RR123456785CN\"}", merchant)
			.status()).isEqualTo(200);
		assertThat(api().get("/api/v1/orders/" + id + "/tracking", buyer).json().get("trackingNumber").asString())
			.isEqualTo("RR123456785CN");
		int onHand = jdbc.sql("select on_hand from catalog.stock where variant_id = :v")
			.param("v", variant)
			.query(Integer.class)
			.single();
		assertThat(onHand).as("shipped units left the warehouse").isEqualTo(47);
		assertThat(move(merchant, id, "DELIVERED").status()).isEqualTo(403);
		assertThat(move(buyer, id, "DELIVERED").status()).isEqualTo(200);
		// One event each; the outbox keeps a row per listener (order history, trade
		// insight).
		for (String event : new String[] { "OrderPlaced", "OrderPaid", "OrderReadyForCustoms", "OrderShipped",
				"OrderDelivered" }) {
			assertThat(jdbc.sql(
					"select count(distinct serialized_event) from event_publication where event_type = :t and serialized_event like :id")
				.param("t", "org.twinport.ordering." + event)
				.param("id", "%\"orderId\":" + id + ",%")
				.query(Long.class)
				.single()).as(event).isEqualTo(1);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from ordering.order_history where order_id = :o")
				.param("o", id)
				.query(Long.class)
				.single() == 5);
		assertThat(api().get("/api/v1/orders", merchant).json().findValuesAsString("status")).contains("DELIVERED");
	}

	@Test
	void cancellingReleasesStockAndRefundsMayBePartialThenFull() {
		String buyer = fixtures.buyer();
		long cancelled = order(buyer, 4).get("id").asLong();
		assertThat(fixtures.available(variant)).isEqualTo(46);
		assertThat(move(buyer, cancelled, "CANCELLED").status()).isEqualTo(200);
		assertThat(fixtures.available(variant)).isEqualTo(50);
		assertThat(move(buyer, cancelled, "CANCELLED").status()).isEqualTo(409);

		JsonNode order = order(buyer, 2);
		long id = order.get("id").asLong();
		pay(buyer, id, "4242424242424242");
		String merchant = tokenFor(Role.MERCHANT);
		String currency = order.get("total").get("currency").asString();
		Response partial = api().post("/api/v1/orders/" + id + "/refunds",
				"{\"amount\": {\"amount\": \"1.00\", \"currency\": \"" + currency + "\"}, \"reason\": \"dented tin\"}",
				merchant);
		assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
		assertThat(partial.json().get("status").asString()).isEqualTo("PAID");
		assertThat(partial.json().get("refunded").get("amount").asString()).isEqualTo("1.00");
		Response tooMuch = api().post("/api/v1/orders/" + id + "/refunds", "{\"amount\": " + order.get("total") + "}",
				merchant);
		assertThat(tooMuch.status()).isEqualTo(400);
		String rest = new java.math.BigDecimal(order.get("total").get("amount").asString())
			.subtract(java.math.BigDecimal.ONE)
			.toPlainString();
		assertThat(api()
			.post("/api/v1/orders/" + id + "/refunds",
					"{\"amount\": {\"amount\": \"" + rest + "\", \"currency\": \"" + currency + "\"}}", buyer)
			.status()).isEqualTo(403);
		Response full = api().post("/api/v1/orders/" + id + "/refunds",
				"{\"amount\": {\"amount\": \"" + rest + "\", \"currency\": \"" + currency + "\"}}", merchant);
		assertThat(full.status()).as(full.toString()).isEqualTo(200);
		assertThat(full.json().get("status").asString()).isEqualTo("REFUNDED");
		assertThat(fixtures.available(variant)).as("refunded before shipping: back on sale").isEqualTo(50);
	}

	private Response pay(String buyer, long order, String card) {
		return api().post("/api/v1/orders/" + order + "/payments",
				"{\"provider\": \"test-card\", \"details\": {\"cardNumber\": \"" + card + "\"}}", buyer);
	}

	private Response move(String token, long order, String status) {
		return api().post("/api/v1/orders/" + order + "/status", "{\"status\": \"" + status + "\"}", token);
	}

	private String status(String token, long order) {
		return api().get("/api/v1/orders/" + order, token).json().get("status").asString();
	}

}

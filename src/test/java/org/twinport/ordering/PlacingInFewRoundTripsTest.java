package org.twinport.ordering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the faster checkout must not change: the orders answered when placing are the
 * orders stored, the stock of a whole checkout is reserved all or nothing in its single
 * statement, and a quote from the API is there at once and stored soon after.
 */
class PlacingInFewRoundTripsTest extends IntegrationTest {

	OrderingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
	}

	@Test
	void theOrdersAnsweredWhenPlacingAreTheOrdersStored() {
		long rose = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		long tea = fixtures.variant("cn-jinan-sample-tea", "120.00", 20);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, rose, 2);
		assertThat(api().post("/api/v1/cart/lines", "{\"variantId\": " + tea + ", \"quantity\": 3}", buyer).status())
			.isEqualTo(200);
		JsonNode review = fixtures.review(buyer);
		String key = UUID.randomUUID().toString();
		Response placed = fixtures.place(buyer, review.get("id").asString(), key);
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		JsonNode orders = placed.json().get("orders");
		assertThat(orders).hasSize(2);
		for (int i = 0; i < orders.size(); i++) {
			JsonNode order = orders.get(i);
			Response stored = api().get("/api/v1/orders/" + order.get("id").asLong(), buyer);
			assertThat(stored.status()).isEqualTo(200);
			assertThat(stored.json()).as("order %s as answered and as stored", order.get("id")).isEqualTo(order);
			JsonNode quote = review.get("consignments").get(i).get("quote");
			assertThat(order.get("charges")).isEqualTo(quote.get("lines"));
			assertThat(order.get("total")).isEqualTo(quote.get("totals").get("dueAtCheckout"));
			assertThat(jdbc.sql("select quote::text from ordering.customer_order where id = :id")
				.param("id", order.get("id").asLong())
				.query(String.class)
				.single()).as("the snapshot keeps the whole quote").contains(quote.get("id").asString());
		}
		Response replayed = fixtures.place(buyer, review.get("id").asString(), key);
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.json().get("orders")).isEqualTo(orders);
		assertThat(fixtures.available(rose)).isEqualTo(18);
		assertThat(fixtures.available(tea)).isEqualTo(17);
	}

	@Test
	void aCheckoutGetsAllItsStockOrNone() {
		long plenty = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		long scarce = fixtures.variant("cn-jinan-sample-tea", "120.00", 1);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, plenty, 2);
		assertThat(api().post("/api/v1/cart/lines", "{\"variantId\": " + scarce + ", \"quantity\": 2}", buyer).status())
			.isEqualTo(200);
		String review = fixtures.review(buyer).get("id").asString();
		Response refused = fixtures.place(buyer, review, UUID.randomUUID().toString());
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		String sku = jdbc.sql("select sku from catalog.variant where id = :v")
			.param("v", scarce)
			.query(String.class)
			.single();
		assertThat(refused.json().get("detail").asString()).startsWith("Out of stock").contains(sku);
		assertThat(fixtures.available(plenty)).as("nothing reserved for the line that had stock").isEqualTo(20);
		assertThat(fixtures.available(scarce)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from ordering.checkout where review_id = cast(:r as uuid)")
			.param("r", review)
			.query(Long.class)
			.single()).isZero();
		assertThat(api().get("/api/v1/cart", buyer).json().get("lines")).as("the cart is kept").hasSize(2);
	}

	@Test
	void concurrentAddsToOneCartEachAnswerTheCartAsOfTheirOwnVersion() throws Exception {
		List<Long> variants = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			variants.add(fixtures.variant("cn-jinan-sample-pingyin-rose", "10.00", 5));
		}
		String buyer = fixtures.buyer();
		JsonNode chosen = api().put("/api/v1/cart", "{\"market\": \"FI\", \"currency\": \"EUR\"}", buyer).json();
		long start = chosen.get("version").asLong();
		List<Future<Response>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long variant : variants) {
				answers.add(pool.submit(() -> api().post("/api/v1/cart/lines",
						"{\"variantId\": " + variant + ", \"quantity\": 1}", buyer)));
			}
		}
		Set<Long> versions = new HashSet<>();
		for (Future<Response> answer : answers) {
			JsonNode cart = answer.get().json();
			long version = cart.get("version").asLong();
			versions.add(version);
			// Every add bumps the version and brings one new line: the cart as of version
			// v holds v - start lines, whichever requests committed first.
			assertThat(cart.get("lines")).as("cart at version %d", version).hasSize((int) (version - start));
		}
		assertThat(versions).hasSize(8);
		assertThat(api().get("/api/v1/cart", buyer).json().get("lines")).hasSize(8);
	}

	@Test
	void aQuoteFromTheApiCanBeReadAtOnceAndIsStoredSoonAfter() {
		String buyer = tokenFor(Role.BUYER);
		Response created = api().post("/api/v1/landed-cost/quotes", """
				{"origin": "CN", "destination": "FI", "incoterm": "DAP",
				 "items": [{"hsCode": "090210", "originCountry": "CN", "quantity": 1,
				            "unitPrice": {"amount": "20.00", "currency": "EUR"}, "weightKg": "0.1"}],
				 "shipping": {"amount": "5.00", "currency": "EUR"}}""", buyer);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		Response read = api().get("/api/v1/landed-cost/quotes/" + id, buyer);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(created.json());
		assertThat(api().get("/api/v1/landed-cost/quotes/" + id, tokenFor(Role.MERCHANT)).status()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from pricing.quote where id = cast(:id as uuid)")
				.param("id", id)
				.query(Long.class)
				.single() == 1);
		assertThat(api().get("/api/v1/landed-cost/quotes/" + id, buyer).json()).isEqualTo(created.json());
	}

	@Test
	void quotesAskedForTogetherAreAllStoredWithTheirOwnersAndDocuments() throws Exception {
		String buyer = tokenFor(Role.BUYER);
		String merchant = tokenFor(Role.MERCHANT);
		List<Future<Response>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 60; i++) {
				String token = i % 2 == 0 ? buyer : merchant;
				int quantity = i + 1;
				answers.add(pool.submit(() -> api().post("/api/v1/landed-cost/quotes", """
						{"origin": "CN", "destination": "DE", "incoterm": "DDP",
						 "items": [{"hsCode": "090210", "originCountry": "CN", "quantity": %d,
						            "unitPrice": {"amount": "3.00", "currency": "EUR"}, "weightKg": "0.1"}],
						 "shipping": {"amount": "5.00", "currency": "EUR"}}""".formatted(quantity), token)));
			}
		}
		List<String> ids = new ArrayList<>();
		for (Future<Response> answer : answers) {
			assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
			ids.add(answer.get().json().get("id").asString());
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from pricing.quote where id::text in (:ids)")
				.param("ids", ids)
				.query(Long.class)
				.single() == 60);
		for (int i = 0; i < 60; i++) {
			String owner = jdbc.sql("""
					select a.username || ' ' || (q.request -> 'items' -> 0 ->> 'quantity') || ' '
					       || (q.quote ->> 'id')
					from pricing.quote q join identity.account a on a.id = q.account_id where q.id::text = :id""")
				.param("id", ids.get(i))
				.query(String.class)
				.single();
			assertThat(owner)
				.isEqualTo(usernameFor(i % 2 == 0 ? Role.BUYER : Role.MERCHANT) + " " + (i + 1) + " " + ids.get(i));
		}
	}

}

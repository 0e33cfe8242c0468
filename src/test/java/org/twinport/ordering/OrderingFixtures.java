package org.twinport.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient;
import org.twinport.support.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Products with stock, buyers with tokens and carts ready for review, made through the
 * public API.
 */
record OrderingFixtures(ApiClient api, JdbcClient jdbc, AccountManagement accounts, String adminToken) {

	private static final AtomicInteger BUYERS = new AtomicInteger();

	static final String FI_ADDRESS = """
			{"address": {"name": "Aino Virtanen", "line1": "Tikkurilantie 1", "city": "Vantaa", "postalCode": "01300",
			 "country": "FI"}}""";

	/**
	 * A product of the merchant with that code, sold in FI and CN, with one variant and
	 * {@code onHand} units.
	 */
	long variant(String merchantCode, String price, int onHand) {
		return variant(merchantCode, price, "CNY", onHand);
	}

	/** As {@link #variant(String, String, int)}, priced in the merchant's currency. */
	long variant(String merchantCode, String price, String currency, int onHand) {
		long merchant = jdbc.sql("select id from catalog.merchant where code = :c")
			.param("c", merchantCode)
			.query(Long.class)
			.single();
		String sku = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String body = """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Rose tea %s (test)"},
				 "zh": {"title": "玫瑰花茶 %s（测试）"}}, "hsCode": "09023000", "originCountry": "CN", "weightGrams": 200,
				 "basePrice": {"amount": "%s", "currency": "%s"}, "status": "ACTIVE", "markets": ["FI", "CN", "GB"],
				 "variants": [{"sku": "%s-A", "options": {"size": "100 g"}}]}""".formatted(sku, sku, sku, price, currency,
						sku);
		Response created = api.post("/api/v1/catalog/products?merchantId=" + merchant, body, adminToken);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long variant = created.json().get("variants").get(0).get("id").asLong();
		Response stock = api.put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": " + onHand + "}",
				adminToken);
		assertThat(stock.status()).as(stock.toString()).isEqualTo(200);
		return variant;
	}

	/** A new buyer account and its bearer token. */
	String buyer() {
		String username = "buyer." + BUYERS.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 6);
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Buyer " + username, Role.BUYER, null, null, false));
		Response token = api.post("/api/v1/auth/tokens",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"tests\"}", null);
		assertThat(token.status()).as(token.toString()).isEqualTo(201);
		return token.json().get("token").asString();
	}

	/** Puts units in the buyer's cart for Finland in euros. */
	void cart(String buyer, long variant, int quantity) {
		ok(api.put("/api/v1/cart", "{\"market\": \"FI\", \"currency\": \"EUR\"}", buyer));
		ok(api.post("/api/v1/cart/lines", "{\"variantId\": " + variant + ", \"quantity\": " + quantity + "}", buyer));
	}

	JsonNode review(String buyer) {
		Response review = api.post("/api/v1/checkout/reviews", FI_ADDRESS, buyer);
		assertThat(review.status()).as(review.toString()).isEqualTo(201);
		return review.json();
	}

	Response place(String buyer, String reviewId, String key) {
		return api.send("POST", "/api/v1/checkout/orders", "{\"reviewId\": \"" + reviewId + "\"}", buyer,
				"Idempotency-Key", key);
	}

	/**
	 * That many new buyers, each with {@code quantity} units of the variant in a reviewed
	 * cart, place their orders all at once (each with its own Idempotency-Key).
	 * @return the answers, one per buyer
	 */
	List<Response> raceToPlace(int buyers, long variant, int quantity) throws Exception {
		List<String> tokens = new ArrayList<>();
		List<String> reviews = new ArrayList<>();
		for (int i = 0; i < buyers; i++) {
			String buyer = buyer();
			cart(buyer, variant, quantity);
			tokens.add(buyer);
			reviews.add(review(buyer).get("id").asString());
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < buyers; i++) {
				String buyer = tokens.get(i);
				String review = reviews.get(i);
				answers.add(pool.submit(() -> {
					start.await();
					return place(buyer, review, UUID.randomUUID().toString());
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
	}

	int available(long variant) {
		return jdbc.sql("select sum(on_hand - reserved) from catalog.stock where variant_id = :v")
			.param("v", variant)
			.query(Integer.class)
			.single();
	}

	private static void ok(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

}

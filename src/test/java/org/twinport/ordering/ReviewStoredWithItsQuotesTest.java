package org.twinport.ordering;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review is answered as the document it was stored as, and is stored with its quotes:
 * when the answer comes, the review's row and each consignment's quote row are committed,
 * the answer is the stored document byte for byte, and each quote row holds the quote
 * the review shows.
 */
class ReviewStoredWithItsQuotesTest extends IntegrationTest {

	@Autowired
	JsonMapper json;

	OrderingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
	}

	@Test
	void theAnswerIsTheStoredDocumentAndEachQuoteIsStoredWithTheReview() {
		long rose = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		long tea = fixtures.variant("cn-jinan-sample-tea", "120.00", 20);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, rose, 2);
		assertThat(api().post("/api/v1/cart/lines", "{\"variantId\": " + tea + ", \"quantity\": 3}", buyer).status())
			.isEqualTo(200);

		Response answer = api().post("/api/v1/checkout/reviews", OrderingFixtures.FI_ADDRESS, buyer);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		assertThat(answer.contentType()).startsWith("application/json");
		JsonNode review = answer.json();
		String id = review.get("id").asString();
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/checkout/reviews/" + id);

		String stored = jdbc.sql("select consignments::text from ordering.checkout_review where id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
		assertThat(answer.body()).isEqualTo(stored);
		// written with the quotes as pricing wrote them, yet a review as the mapper reads and writes it
		assertThat(json.readTree(json.writeValueAsString(json.readValue(stored, Review.class))))
			.isEqualTo(json.readTree(stored));

		assertThat(review.get("consignments")).hasSize(2);
		for (JsonNode consignment : review.get("consignments")) {
			JsonNode quote = consignment.get("quote");
			String row = jdbc.sql("select quote::text from pricing.quote where id = :id")
				.param("id", UUID.fromString(quote.get("id").asString()))
				.query(String.class)
				.single();
			assertThat(json.readTree(row)).isEqualTo(quote);
		}
		// Finland counts no yearly quota: the buyer's imports this year were not asked for
		JsonNode request = json.readTree(jdbc.sql("select request::text from pricing.quote where id = :id")
			.param("id", UUID.fromString(review.get("consignments").get(0).get("quote").get("id").asString()))
			.query(String.class)
			.single());
		assertThat(request.get("buyerAnnualTotal") == null || request.get("buyerAnnualTotal").isNull()).isTrue();

		assertThat(api().get("/api/v1/checkout/reviews/" + id, buyer).json()).isEqualTo(review);
		Response placed = fixtures.place(buyer, id, UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
	}

}

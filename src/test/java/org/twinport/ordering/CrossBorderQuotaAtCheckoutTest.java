package org.twinport.ordering;

import java.math.BigDecimal;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * China's cross-border retail import allows CNY 26,000 a year per person (MOF, GAC and
 * SAT announcement 2018 No. 49): checkout counts what the buyer already ordered into
 * China this year, so the order that would pass the quota is refused, whatever each order
 * is worth on its own.
 */
class CrossBorderQuotaAtCheckoutTest extends IntegrationTest {

	private static final BigDecimal QUOTA = new BigDecimal("26000");

	private static final String CN_ADDRESS = """
			{"address": {"name": "王小明", "line1": "历下区泉城路 1 号", "city": "济南", "region": "山东省",
			 "postalCode": "250000", "country": "CN"}}""";

	@Test
	void theYearlyQuotaCountsTheBuyersOwnOrdersThisYear() {
		OrderingFixtures fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		// about CNY 4,600 each: under the CNY 5,000 per transaction, a sixth passes 26,000
		long variant = fixtures.variant("jp-wakayama-sample-foods", "95000", "JPY", 20);
		String buyer = fixtures.buyer();
		String other = fixtures.buyer();
		BigDecimal ordered = BigDecimal.ZERO;
		BigDecimal each = null;
		int placedOrders = 0;
		Response refused = null;
		while (refused == null && placedOrders < 10) {
			Response review = review(buyer, variant);
			if (review.status() != 201) {
				refused = review;
				break;
			}
			JsonNode totals = review.json().get("consignments").get(0).get("quote").get("totals");
			each = new BigDecimal(totals.get("goods").get("amount").asString())
				.add(new BigDecimal(totals.get("shipping").get("amount").asString()));
			assertThat(ordered.add(each)).as("reviewed within the quota").isLessThanOrEqualTo(QUOTA);
			Response placed = fixtures.place(buyer, review.json().get("id").asString(), UUID.randomUUID().toString());
			assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
			ordered = ordered.add(each);
			placedOrders++;
		}
		assertThat(placedOrders).as("orders placed before the quota ran out").isGreaterThanOrEqualTo(5);
		assertThat(refused).as("an order over the yearly quota").isNotNull();
		assertThat(ordered.add(each)).isGreaterThan(QUOTA);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.body()).contains("26000").contains("general trade");
		// another buyer's quota is untouched
		assertThat(review(other, variant).status()).isEqualTo(201);
	}

	private Response review(String buyer, long variant) {
		api().put("/api/v1/cart", "{\"market\": \"CN\", \"currency\": \"CNY\"}", buyer);
		api().delete("/api/v1/cart/lines/" + variant, buyer);
		api().post("/api/v1/cart/lines", "{\"variantId\": " + variant + ", \"quantity\": 1}", buyer);
		return api().post("/api/v1/checkout/reviews", CN_ADDRESS, buyer);
	}

}

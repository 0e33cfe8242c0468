package org.twinport.ordering;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buyers racing for the same stock over HTTP: nobody gets a unit that is not there, and
 * nobody pays twice.
 */
class CheckoutConcurrencyTest extends IntegrationTest {

	OrderingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
	}

	@Test
	void sixtyFourBuyersRaceForTheLastTenUnits() throws Exception {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 10);
		int placed = 0;
		int outOfStock = 0;
		for (Response response : fixtures.raceToPlace(64, variant, 1)) {
			if (response.status() == 201) {
				placed++;
			}
			else {
				assertThat(response.status()).as(response.toString()).isEqualTo(409);
				assertThat(response.contentType()).startsWith("application/problem+json");
				assertThat(response.json().get("detail").asString()).startsWith("Out of stock");
				outOfStock++;
			}
		}
		assertThat(placed).isEqualTo(10);
		assertThat(outOfStock).isEqualTo(54);
		assertThat(fixtures.available(variant)).isZero();
		assertThat(jdbc.sql("select sum(quantity) from ordering.order_line where variant_id = :v")
			.param("v", variant)
			.query(Integer.class)
			.single()).isEqualTo(10);
	}

	@Test
	void theSameIdempotencyKeyTwiceGivesTheSameOrdersEvenAtOnce() throws Exception {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "30.00", 5);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, variant, 2);
		String review = fixtures.review(buyer).get("id").asString();
		String key = UUID.randomUUID().toString();
		Response first;
		Response second;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Response> a = pool.submit(() -> fixtures.place(buyer, review, key));
			Future<Response> b = pool.submit(() -> fixtures.place(buyer, review, key));
			first = a.get();
			second = b.get();
		}
		assertThat(List.of(first.status(), second.status())).as(first + " / " + second)
			.containsExactlyInAnyOrder(201, 200);
		assertThat(first.json().get("reference").asString()).isEqualTo(second.json().get("reference").asString());
		Response third = fixtures.place(buyer, review, key);
		assertThat(third.status()).isEqualTo(200);
		assertThat(third.json().get("orders").get(0).get("id").asLong())
			.isEqualTo(first.json().get("orders").get(0).get("id").asLong());
		assertThat(jdbc.sql("select count(*) from ordering.order_line where variant_id = :v")
			.param("v", variant)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(fixtures.available(variant)).isEqualTo(3);
	}

}

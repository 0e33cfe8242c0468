package org.twinport.ordering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checkouts that arrive while another is being placed are placed together, in one
 * transaction; one that cannot be placed (its cart changed, the last unit went to another
 * buyer) is refused on its own and the others are placed as if they had come one by one.
 * To make them arrive together the test holds the lock of a stock row the first checkout
 * needs.
 */
class PlacingTogetherTest extends IntegrationTest {

	@Autowired
	DataSource dataSource;

	OrderingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
	}

	record Buyer(String token, String review) {
	}

	private Buyer reviewed(long variant, int quantity) {
		String token = fixtures.buyer();
		fixtures.cart(token, variant, quantity);
		return new Buyer(token, fixtures.review(token).get("id").asString());
	}

	@Test
	void checkoutsArrivingWhileOneIsPlacedArePlacedTogetherAndTheSameKeyTwiceStillGivesOneCheckout() throws Exception {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 100);
		long blocker = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 100);
		Buyer first = reviewed(blocker, 1);
		List<Buyer> later = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			later.add(reviewed(variant, 1));
		}
		String twiceKey = UUID.randomUUID().toString();
		List<Response> answers = new ArrayList<>();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Response>> pending = new ArrayList<>();
			try (Connection lock = lockStockOf(blocker)) {
				pending.add(clients.submit(() -> fixtures.place(first.token(), first.review(), "first")));
				awaitWaitingForLock();
				for (Buyer buyer : later) {
					pending.add(clients.submit(
							() -> fixtures.place(buyer.token(), buyer.review(), twiceKeyOr(buyer, later, twiceKey))));
				}
				Buyer twice = later.get(0);
				pending.add(clients.submit(() -> fixtures.place(twice.token(), twice.review(), twiceKey)));
				Thread.sleep(1500);
				lock.rollback();
			}
			for (Future<Response> answer : pending) {
				answers.add(answer.get());
			}
		}
		assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(201);
		List<Response> sameKey = List.of(answers.get(1), answers.get(9));
		assertThat(sameKey).extracting(Response::status).as(sameKey.toString()).containsExactlyInAnyOrder(201, 200);
		assertThat(sameKey.get(0).json().get("reference").asString())
			.isEqualTo(sameKey.get(1).json().get("reference").asString());
		for (Response answer : answers.subList(2, 9)) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		}
		assertThat(fixtures.available(variant)).isEqualTo(92);
		assertThat(jdbc.sql("select count(*) from ordering.order_line where variant_id = :v")
			.param("v", variant)
			.query(Integer.class)
			.single()).isEqualTo(8);
		List<String> references = answers.subList(1, 9)
			.stream()
			.map(a -> a.json().get("reference").asString())
			.toList();
		assertThat(jdbc
			.sql("select count(distinct xmin::text) from ordering.customer_order where checkout_reference in (:r)")
			.param("r", references)
			.query(Integer.class)
			.single()).as("transactions that placed the eight checkouts arriving together").isLessThanOrEqualTo(3);
	}

	private static String twiceKeyOr(Buyer buyer, List<Buyer> later, String twiceKey) {
		return buyer == later.get(0) ? twiceKey : UUID.randomUUID().toString();
	}

	@Test
	void aCheckoutThatCannotBePlacedIsRefusedAloneAndTheOthersOfItsBatchArePlaced() throws Exception {
		long plenty = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 100);
		long lastUnit = fixtures.variant("cn-jinan-sample-pingyin-rose", "52.00", 1);
		long blocker = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 100);
		Buyer first = reviewed(blocker, 1);
		List<Buyer> ok = List.of(reviewed(plenty, 2), reviewed(plenty, 3), reviewed(plenty, 1));
		Buyer stale = reviewed(plenty, 1);
		fixtures.cart(stale.token(), plenty, 4);
		List<Buyer> racing = List.of(reviewed(lastUnit, 1), reviewed(lastUnit, 1));
		List<Response> okAnswers = new ArrayList<>();
		List<Response> racingAnswers = new ArrayList<>();
		Response staleAnswer;
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Response>> okPending = new ArrayList<>();
			List<Future<Response>> racingPending = new ArrayList<>();
			Future<Response> stalePending;
			try (Connection lock = lockStockOf(blocker)) {
				clients.submit(() -> fixtures.place(first.token(), first.review(), "first"));
				awaitWaitingForLock();
				for (Buyer buyer : ok) {
					okPending.add(clients.submit(() -> fixtures.place(buyer.token(), buyer.review(), "k")));
				}
				stalePending = clients.submit(() -> fixtures.place(stale.token(), stale.review(), "k"));
				for (Buyer buyer : racing) {
					racingPending.add(clients.submit(() -> fixtures.place(buyer.token(), buyer.review(), "k")));
				}
				Thread.sleep(1500);
				lock.rollback();
			}
			for (Future<Response> answer : okPending) {
				okAnswers.add(answer.get());
			}
			for (Future<Response> answer : racingPending) {
				racingAnswers.add(answer.get());
			}
			staleAnswer = stalePending.get();
		}
		for (Response answer : okAnswers) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		}
		assertThat(staleAnswer.status()).as(staleAnswer.toString()).isEqualTo(409);
		assertThat(staleAnswer.json().get("detail").asString()).contains("cart changed");
		assertThat(racingAnswers).extracting(Response::status).containsExactlyInAnyOrder(201, 409);
		assertThat(racingAnswers).filteredOn(a -> a.status() == 409)
			.allMatch(a -> a.json().get("detail").asString().startsWith("Out of stock"));
		assertThat(fixtures.available(plenty)).isEqualTo(94);
		assertThat(fixtures.available(lastUnit)).isZero();
		assertThat(api().get("/api/v1/cart", stale.token()).json().get("lines")).as("the refused cart is kept")
			.hasSize(1);
	}

	@Test
	void aReviewReadTogetherWithItsBuyersIsStillNotFoundForAnotherBuyer() throws Exception {
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 100);
		long blocker = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 100);
		Buyer first = reviewed(blocker, 1);
		Buyer owner = reviewed(variant, 1);
		String other = fixtures.buyer();
		Response ownerAnswer;
		Response otherAnswer;
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Response> ownerPending;
			Future<Response> otherPending;
			try (Connection lock = lockStockOf(blocker)) {
				clients.submit(() -> fixtures.place(first.token(), first.review(), "first"));
				awaitWaitingForLock();
				otherPending = clients.submit(() -> fixtures.place(other, owner.review(), "k"));
				ownerPending = clients.submit(() -> fixtures.place(owner.token(), owner.review(), "k"));
				Thread.sleep(1000);
				lock.rollback();
			}
			ownerAnswer = ownerPending.get();
			otherAnswer = otherPending.get();
		}
		assertThat(ownerAnswer.status()).as(ownerAnswer.toString()).isEqualTo(201);
		assertThat(otherAnswer.status()).as(otherAnswer.toString()).isEqualTo(404);
		assertThat(otherAnswer.contentType()).startsWith("application/problem+json");
		assertThat(fixtures.available(variant)).isEqualTo(99);
	}

	/** Holds the row lock of the variant's stock until the connection rolls back. */
	private Connection lockStockOf(long variant) throws Exception {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement lock = connection
			.prepareStatement("select 1 from catalog.stock where variant_id = ? for update")) {
			lock.setLong(1, variant);
			lock.executeQuery().close();
		}
		return connection;
	}

	private void awaitWaitingForLock() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
				.query(Integer.class)
				.single() > 0);
	}

}

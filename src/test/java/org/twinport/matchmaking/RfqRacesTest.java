package org.twinport.matchmaking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changes to one RFQ sent at the same moment resolve exactly once: a supplier's double
 * quote, several suppliers at once, two accepts, and quotes arriving while the buyer
 * accepts.
 */
class RfqRacesTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	private static final Map<Integer, String> SUPPLIERS = new ConcurrentHashMap<>();

	@Test
	void aSupplierQuotingTwiceAtOnceHasOneQuote() throws Exception {
		long rfq = rfq();
		String supplier = supplier(1);
		List<Response> answers = atOnce(List.of(() -> quote(rfq, supplier), () -> quote(rfq, supplier),
				() -> quote(rfq, supplier), () -> quote(rfq, supplier)));
		assertThat(answers).extracting(Response::status).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
		assertThat(statuses(rfq)).containsExactly("SUBMITTED");
	}

	@Test
	void suppliersQuotingAtOnceAreAllStored() throws Exception {
		long rfq = rfq();
		List<Callable<Response>> quotes = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			String supplier = supplier(i);
			quotes.add(() -> quote(rfq, supplier));
		}
		assertThat(atOnce(quotes)).extracting(Response::status).containsOnly(201);
		assertThat(statuses(rfq)).containsOnly("SUBMITTED").hasSize(4);
	}

	@Test
	void twoAcceptsAtOnceAwardOneQuoteAndMakeOneOrder() throws Exception {
		long rfq = rfq();
		long first = quote(rfq, supplier(1)).json().get("id").asLong();
		long second = quote(rfq, supplier(2)).json().get("id").asLong();
		String buyer = tokenFor(Role.BUYER);
		List<Response> answers = atOnce(List.of(() -> accept(first, buyer), () -> accept(second, buyer),
				() -> accept(first, buyer), () -> accept(second, buyer)));
		assertThat(answers).extracting(Response::status).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses(rfq)).containsExactlyInAnyOrder("ACCEPTED", "NOT_SELECTED");
		await().atMost(Duration.ofSeconds(20)).until(() -> orders(first, second) > 0);
		Thread.sleep(500);
		assertThat(orders(first, second)).as("one QuoteAccepted, one order").isEqualTo(1);
	}

	@Test
	void aQuoteArrivingWhileTheBuyerAcceptsIsTurnedDownOrRefused() throws Exception {
		long rfq = rfq();
		long first = quote(rfq, supplier(1)).json().get("id").asLong();
		String buyer = tokenFor(Role.BUYER);
		List<Callable<Response>> changes = new ArrayList<>();
		for (int i = 2; i <= 4; i++) {
			String supplier = supplier(i);
			changes.add(() -> quote(rfq, supplier));
		}
		changes.add(1, () -> accept(first, buyer));
		List<Response> answers = atOnce(changes);
		assertThat(answers.get(1).status()).as(answers.get(1).toString()).isEqualTo(200);
		// A supplier that had not quoted no longer sees an awarded RFQ (404); one that was in time sees it refused (409).
		assertThat(answers).extracting(Response::status).isSubsetOf(200, 201, 404, 409);
		List<String> statuses = statuses(rfq);
		assertThat(statuses).as("no quote left waiting on an awarded RFQ").doesNotContain("SUBMITTED");
		assertThat(statuses).containsOnlyOnce("ACCEPTED")
			.hasSize(1 + (int) answers.stream().filter(a -> a.status() == 201).count());
	}

	private long rfq() {
		Response profile = api().put(MM + "/companies/me", """
				{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
				 "descriptions": {"en": "Imports Chinese tea"}, "buysHs": ["0902"], "isicSections": ["G"],
				 "offers": ["BUYER"], "seeks": ["SUPPLIER"], "markets": ["JP"], "languages": ["ja", "en"]}""",
				tokenFor(Role.BUYER));
		assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
		Response rfq = api().post(MM + "/rfqs", """
				{"product": "Race tea %s", "hsCode": "090230", "quantity": 40, "unit": "kg", "incoterm": "CIF",
				 "destination": "JP", "deadline": "%s"}""".formatted(UUID.randomUUID(), LocalDate.now().plusDays(30)),
				tokenFor(Role.BUYER));
		assertThat(rfq.status()).as(rfq.toString()).isEqualTo(201);
		return rfq.json().get("id").asLong();
	}

	private Response quote(long rfq, String supplier) {
		return api().post(MM + "/rfqs/" + rfq + "/quotes", """
				{"unitPrice": {"amount": "12.00", "currency": "EUR"}, "moq": 10, "leadTimeDays": 30, "incoterm": "CIF",
				 "validUntil": "%s"}""".formatted(LocalDate.now().plusDays(20)), supplier);
	}

	private Response accept(long quote, String buyer) {
		return api().post(MM + "/quotes/" + quote + "/accept", null, buyer);
	}

	private List<String> statuses(long rfq) {
		return jdbc.sql("select status from matchmaking.quote where rfq_id = :r order by id")
			.param("r", rfq)
			.query(String.class)
			.list();
	}

	private long orders(long... quotes) {
		List<String> references = new ArrayList<>();
		for (long quote : quotes) {
			references.add("B2B-Q" + quote);
		}
		return jdbc.sql("select count(*) from ordering.customer_order where checkout_reference in (:r)")
			.param("r", references)
			.query(Long.class)
			.single();
	}

	/** Runs the calls together, released at one moment; their answers in the same order. */
	private static List<Response> atOnce(List<Callable<Response>> calls) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> futures = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
			for (Callable<Response> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
		}
		List<Response> answers = new ArrayList<>();
		for (Future<Response> future : futures) {
			answers.add(future.get());
		}
		return answers;
	}

	/** A MERCHANT account of the catalog merchant at this offset, made once per run. */
	private String supplier(int offset) {
		return SUPPLIERS.computeIfAbsent(offset, o -> {
			String username = "test.rfq-race-supplier-" + o;
			String password = Passwords.generate();
			long merchant = jdbc.sql("select id from catalog.merchant order by id offset :o limit 1")
				.param("o", o)
				.query(Long.class)
				.single();
			accounts.create(new NewAccount(username, password, "RFQ race " + o, Role.MERCHANT, null, merchant, false));
			Response token = api().post("/api/v1/auth/tokens",
					"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"race\"}", null);
			assertThat(token.status()).as(token.toString()).isEqualTo(201);
			return token.json().get("token").asString();
		});
	}

}

package org.twinport.ordering;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.twinport.support.ApiClient;
import org.twinport.support.JarProcesses;
import org.twinport.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar is killed with SIGKILL while buyers are placing orders, then started
 * again on the same data directory. Every checkout that was answered 2xx is there exactly
 * once (placing it again with its Idempotency-Key returns the same orders), no checkout
 * is left without its order, and the stock reserved is exactly what the live orders hold:
 * work cut off by the kill holds nothing.
 */
class CheckoutCrashIT {

	private static final Path JAR = Path.of(System.getProperty("twinport.jar", "target/twinport.jar"));

	private static final Pattern DB_PORT = Pattern.compile("Embedded PostgreSQL started on 127\\.0\\.0\\.1:([0-9]+)");

	private static final Pattern BUYER_PASSWORD = Pattern.compile("buyer\\.demo\\s+(\\S+)");

	private static final int BUYERS = 12;

	private static final int ON_HAND = 100_000;

	private static final String ADDRESS = """
			{"address": {"name": "Aino Virtanen", "line1": "Tikkurilantie 1", "city": "Vantaa",
			 "postalCode": "01300", "country": "FI"}}""";

	record Running(Process process, int port, Path log) {

		ApiClient api() {
			return new ApiClient("http://127.0.0.1:" + port);
		}

		String output() throws IOException {
			return Files.readString(log);
		}

		Connection database() throws Exception {
			Matcher port = DB_PORT.matcher(output());
			String last = null;
			while (port.find()) {
				last = port.group(1);
			}
			assertThat(last).as("the embedded database's port in the log").isNotNull();
			return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + last + "/postgres", "postgres", "");
		}
	}

	/** A checkout a buyer asked for. */
	record Attempt(String buyer, String reviewId, String key, int quantity) {
	}

	/** A checkout answered 2xx: its reference and order ids. */
	record Confirmed(Attempt attempt, String reference, List<Long> orders) {
	}

	@Test
	void afterASigkillMidCheckoutEveryConfirmedOrderIsThereOnceAndNothingElseHoldsStock() throws Exception {
		Path home = Files.createTempDirectory("twinport-crash-it");
		String adminPassword = "crash-" + UUID.randomUUID();
		Running first = start(home, adminPassword);
		long variant;
		List<String> tokens = new ArrayList<>();
		ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Confirmed> confirmed = new ConcurrentLinkedQueue<>();
		AtomicInteger cutOff = new AtomicInteger();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		try {
			String admin = token(first.api(), "admin", adminPassword);
			Matcher demo = BUYER_PASSWORD.matcher(first.output());
			assertThat(demo.find()).as("the demo buyer's password in the log").isTrue();
			String buyerPassword = demo.group(1);
			long merchant;
			try (Connection db = first.database()) {
				merchant = single(db, "select id from catalog.merchant where code = 'cn-jinan-sample-tea'");
				// More buyers with the demo buyer's password (its hash copied).
				try (PreparedStatement copy = db.prepareStatement("""
						insert into identity.account (username, password_hash, role, display_name)
						select ?, password_hash, 'BUYER', 'Crash test buyer' from identity.account
						where username = 'buyer.demo'""")) {
					for (int i = 0; i < BUYERS; i++) {
						copy.setString(1, "crash.buyer." + i);
						copy.executeUpdate();
					}
				}
			}
			variant = product(first.api(), admin, merchant);
			for (int i = 0; i < BUYERS; i++) {
				String token = token(first.api(), "crash.buyer." + i, buyerPassword);
				ok(first.api().put("/api/v1/cart", "{\"market\": \"FI\", \"currency\": \"EUR\"}", token));
				tokens.add(token);
			}
			awaitQuotes(first.api(), tokens.get(0), variant);

			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
			for (String token : tokens) {
				pool.submit(() -> buy(first.api(), token, variant, killed, attempts, confirmed, cutOff, failures));
			}
			// Let the load run, then kill mid-flight.
			Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
			while (confirmed.size() < 3 * BUYERS && Instant.now().isBefore(deadline)) {
				Thread.sleep(100);
			}
			killed.set(true);
			first.process().destroyForcibly(); // SIGKILL on Linux
			assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			first.process().destroyForcibly();
		}
		System.out.printf("Checkout crash: %d checkouts asked for, %d confirmed 2xx, %d requests cut off by SIGKILL%n",
				attempts.size(), confirmed.size(), cutOff.get());
		assertThat(failures).as("buyers' requests refused before the kill").isEmpty();
		assertThat(confirmed).as("orders confirmed before the kill").isNotEmpty();
		assertThat(cutOff.get()).as("requests cut off by the kill").isPositive();

		Running second = start(home, adminPassword);
		try {
			ApiClient api = second.api();
			Map<String, List<String>> referencesByBuyer = new HashMap<>();
			for (Confirmed done : confirmed) {
				Response again = api.send("POST", "/api/v1/checkout/orders",
						"{\"reviewId\": \"" + done.attempt().reviewId() + "\"}", done.attempt().buyer(),
						"Idempotency-Key", done.attempt().key());
				assertThat(again.status()).as("the same key after the restart: " + again).isEqualTo(200);
				assertThat(again.json().get("reference").asString()).isEqualTo(done.reference());
				assertThat(ids(again.json())).isEqualTo(done.orders());
				referencesByBuyer.computeIfAbsent(done.attempt().buyer(), b -> new ArrayList<>()).add(done.reference());
			}
			for (var entry : referencesByBuyer.entrySet()) {
				JsonNode orders = api.get("/api/v1/orders?limit=200", entry.getKey()).json();
				for (String reference : entry.getValue()) {
					long count = 0;
					for (JsonNode order : orders) {
						if (order.get("checkoutReference").asString().equals(reference)) {
							count++;
						}
					}
					assertThat(count).as("orders of confirmed checkout " + reference).isEqualTo(1);
				}
			}
			try (Connection db = second.database()) {
				for (Attempt attempt : attempts) {
					try (PreparedStatement checkouts = db
						.prepareStatement("select count(*) from ordering.checkout where idempotency_key = ?")) {
						checkouts.setString(1, attempt.key());
						try (ResultSet rs = checkouts.executeQuery()) {
							rs.next();
							assertThat(rs.getLong(1)).as("checkouts for key " + attempt.key()).isLessThanOrEqualTo(1);
						}
					}
				}
				assertThat(single(db, """
						select count(*) from ordering.checkout c where not exists
						  (select 1 from ordering.customer_order o where o.checkout_reference = c.reference)"""))
					.as("checkouts left without their order")
					.isZero();
				long reserved = single(db,
						"select coalesce(sum(reserved), 0) from catalog.stock where variant_id = " + variant);
				long held = single(db, """
						select coalesce(sum(l.quantity), 0) from ordering.order_line l
						join ordering.customer_order o on o.id = l.order_id
						where l.variant_id = %d and o.status in ('PLACED', 'PAID', 'READY_FOR_CUSTOMS')"""
					.formatted(variant));
				long confirmedUnits = confirmed.stream().mapToLong(c -> c.attempt().quantity()).sum();
				assertThat(reserved).as("reserved stock equals what the live orders hold").isEqualTo(held);
				assertThat(held).as("at least the confirmed orders' units").isGreaterThanOrEqualTo(confirmedUnits);
				assertThat(single(db, "select sum(on_hand) from catalog.stock where variant_id = " + variant))
					.isEqualTo(ON_HAND);
			}
		}
		finally {
			second.process().destroy();
			if (!second.process().waitFor(60, TimeUnit.SECONDS)) {
				second.process().destroyForcibly();
			}
		}
	}

	/** One buyer's loop: add a line, review, place; until the server dies. */
	private static void buy(ApiClient api, String token, long variant, AtomicBoolean killed,
			ConcurrentLinkedQueue<Attempt> attempts, ConcurrentLinkedQueue<Confirmed> confirmed, AtomicInteger cutOff,
			ConcurrentLinkedQueue<String> failures) {
		int round = 0;
		while (true) {
			try {
				int quantity = 1 + (round++ % 3);
				Response added = api.post("/api/v1/cart/lines",
						"{\"variantId\": " + variant + ", \"quantity\": " + quantity + "}", token);
				if (added.status() != 200) {
					throw new AssertionError("adding to the cart: " + added);
				}
				Response review = api.post("/api/v1/checkout/reviews", ADDRESS, token);
				if (review.status() != 201) {
					throw new AssertionError("review: " + review);
				}
				Attempt attempt = new Attempt(token, review.json().get("id").asString(), UUID.randomUUID().toString(),
						quantity);
				attempts.add(attempt);
				Response placed = api.send("POST", "/api/v1/checkout/orders",
						"{\"reviewId\": \"" + attempt.reviewId() + "\"}", token, "Idempotency-Key", attempt.key());
				if (placed.status() / 100 == 2) {
					confirmed
						.add(new Confirmed(attempt, placed.json().get("reference").asString(), ids(placed.json())));
				}
				else {
					throw new AssertionError("placing: " + placed);
				}
			}
			catch (RuntimeException | AssertionError ex) {
				if (killed.get()) {
					cutOff.incrementAndGet();
				}
				else {
					failures.add(ex.toString());
				}
				return;
			}
		}
	}

	private static List<Long> ids(JsonNode checkout) {
		List<Long> ids = new ArrayList<>();
		checkout.get("orders").forEach(order -> ids.add(order.get("id").asLong()));
		ids.sort(Long::compare);
		return ids;
	}

	/** A product with plenty of stock, once the sample categories have loaded. */
	private static long product(ApiClient api, String admin, long merchant) throws InterruptedException {
		String sku = "CRASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		Response created = create(api, admin, merchant, sku);
		while (created.status() == 400 && created.body().contains("categoryCode") && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
			created = create(api, admin, merchant, sku);
		}
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long variant = created.json().get("variants").get(0).get("id").asLong();
		ok(api.put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": " + ON_HAND + "}", admin));
		return variant;
	}

	private static Response create(ApiClient api, String admin, long merchant, String sku) {
		return api.post("/api/v1/catalog/products?merchantId=" + merchant, """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Crash test tea"}}, "hsCode": "09023000",
				 "originCountry": "CN", "weightGrams": 100, "basePrice": {"amount": "20.00", "currency": "CNY"},
				 "status": "ACTIVE", "markets": ["FI"], "variants": [{"sku": "%s-A"}]}""".formatted(sku, sku), admin);
	}

	/**
	 * Waits until exchange rates and rules are in (the demo samples load in the
	 * background).
	 */
	private static void awaitQuotes(ApiClient api, String token, long variant) throws InterruptedException {
		ok(api.post("/api/v1/cart/lines", "{\"variantId\": " + variant + ", \"quantity\": 1}", token));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		Response review = null;
		while (Instant.now().isBefore(deadline)) {
			review = api.post("/api/v1/checkout/reviews", ADDRESS, token);
			if (review.status() == 201) {
				ok(api.send("DELETE", "/api/v1/cart/lines/" + variant, null, token));
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Quotes never became available: " + review);
	}

	private static String token(ApiClient api, String username, String password) {
		Response issued = api.post("/api/v1/auth/tokens",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"crash\"}", null);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		return issued.json().get("token").asString();
	}

	private static void ok(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private static long single(Connection db, String sql) throws Exception {
		try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Running start(Path home, String adminPassword) throws Exception {
		int port = freePort();
		Path log = Files.createTempFile("twinport-crash", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(
				List.of(java, "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().keySet().removeIf(name -> name.startsWith("TWINPORT_"));
		builder.environment().put("TWINPORT_HOME", home.toString());
		builder.environment().put("TWINPORT_ADMIN_PASSWORD", adminPassword);
		Process process = builder.start();
		Running running = new Running(process, port, log);
		JarProcesses.awaitHealthy(process, running.api(), running::output);
		return running;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

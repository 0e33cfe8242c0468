import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the checkout and quote benchmarks, on loopback only, with the JDK's HTTP client.
 * <pre>
 * java CheckoutBench.java setup    BASE ADMIN_PASSWORD VARIANTS            -> prints the variant ids
 * java CheckoutBench.java checkout BASE TOKENS_FILE VARIANT_IDS SECONDS   -> orders placed per second
 * java CheckoutBench.java markets  BASE TOKENS_FILE                     -> each buyer chooses FI / EUR
 * java CheckoutBench.java quotes   BASE TOKENS_FILE CLIENTS SECONDS       -> quote latency percentiles
 * java CheckoutBench.java reviews  BASE TOKENS_FILE                     -> reviews each buyer's cart once (32 at a
 *                                                                          time), prints "token reviewId" lines
 * java CheckoutBench.java freshness BASE ADMIN_PASSWORD PRODUCTS         -> time from a product's creation until
 *                                                                          search finds it (p50, max)
 * </pre>
 * A checkout is the buyer's whole flow: add a line, review (one landed-cost quote), place with an Idempotency-Key.
 */
public class CheckoutBench {

	static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	/** Seconds of unmeasured load before each measurement (environment WARMUP, default 5). */
	static final int WARMUP = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "5"));

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([0-9a-f-]+)\"?");

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "setup" -> setup(args[1], args[2], Integer.parseInt(args[3]));
			case "freshness" -> freshness(args[1], args[2], Integer.parseInt(args[3]));
			case "checkout" -> checkout(args[1], Files.readAllLines(Path.of(args[2])), args[3], Integer.parseInt(args[4]));
			case "markets" -> markets(args[1], Files.readAllLines(Path.of(args[2])));
			case "reviews" -> reviews(args[1], Files.readAllLines(Path.of(args[2])));
			case "quotes" -> quotes(args[1], Files.readAllLines(Path.of(args[2])), Integer.parseInt(args[3]),
					Integer.parseInt(args[4]));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static String adminToken(String base, String adminPassword) throws Exception {
		return field(send(base, "POST", "/api/v1/auth/tokens",
				"{\"username\":\"admin\",\"password\":\"" + adminPassword + "\",\"name\":\"bench\"}", null, 201), "token");
	}

	/** A matcher whose group 1 is the id of the demo merchant the benchmarks sell for. */
	static Matcher sampleMerchant(String base, String admin) throws Exception {
		String merchants = send(base, "GET", "/api/v1/catalog/merchants", null, admin, 200);
		Matcher m = Pattern.compile("\"id\"\\s*:\\s*([0-9]+)\\s*,\\s*\"code\"\\s*:\\s*\"cn-jinan-sample-pingyin-rose\"")
			.matcher(merchants);
		if (!m.find()) {
			throw new IllegalStateException("no sample merchant: " + merchants);
		}
		return m;
	}

	/**
	 * The "a change is searchable within 1 s": creates products one at a time and
	 * polls the search API every 10 ms until each is found.
	 */
	static void freshness(String base, String adminPassword, int products) throws Exception {
		String admin = adminToken(base, adminPassword);
		Matcher m = sampleMerchant(base, admin);
		String run = Long.toString(System.currentTimeMillis(), 36);
		long[] nanos = new long[products];
		for (int i = 0; i < products; i++) {
			String sku = "FRESH-" + run + "-" + i;
			long t0 = System.nanoTime();
			send(base, "POST", "/api/v1/catalog/products?merchantId=" + m.group(1), """
					{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Fresh rose tea %s"}},
					 "hsCode": "09023000", "originCountry": "CN", "weightGrams": 200,
					 "basePrice": {"amount": "48.00", "currency": "CNY"}, "status": "ACTIVE", "markets": ["FI"],
					 "variants": [{"sku": "%s-A"}]}""".formatted(sku, sku, sku), admin, 201);
			while (!send(base, "GET", "/api/v1/catalog/search?market=FI&q=" + sku, null, null, 200)
				.contains("\"total\":1")) {
				if (System.nanoTime() - t0 > 30_000_000_000L) {
					throw new IllegalStateException(sku + " not searchable after 30 s");
				}
				Thread.sleep(10);
			}
			nanos[i] = System.nanoTime() - t0;
		}
		Arrays.sort(nanos);
		System.out.printf("products=%d searchable_after_p50_ms=%.0f p90_ms=%.0f max_ms=%.0f%n", products,
				pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 1.0));
	}

	/** The kinds of goods the bench variants are made of: HS code, category, weight in grams, price in CNY. */
	static final String[][] GOODS = { { "09023000", "tea", "500", "48.00" }, { "73239100", "cookware", "3200", "259.00" },
			{ "20059980", "preserved-foods", "500", "35.00" }, { "69111000", "design", "600", "128.00" },
			{ "12119086", "rose-products", "500", "45.00" } };

	/** Buyer i of a tokens file lives in MARKETS[i % n] (default FI, DE, FR, BG, GB), as markets.lua says. */
	static final List<String> MARKETS = List.of(
			(System.getenv("MARKETS") == null ? "FI,DE,FR,BG,GB" : System.getenv("MARKETS")).split(","));

	static final java.util.Map<String, String> ADDRESSES = java.util.Map.of(
			"FI", "\"name\": \"Aino Virtanen\", \"line1\": \"Tikkurilantie 1\", \"city\": \"Vantaa\", \"postalCode\": \"01300\"",
			"DE", "\"name\": \"Jonas Weber\", \"line1\": \"Invalidenstrasse 12\", \"city\": \"Berlin\", \"postalCode\": \"10115\"",
			"FR", "\"name\": \"Camille Martin\", \"line1\": \"12 rue de Rivoli\", \"city\": \"Paris\", \"postalCode\": \"75001\"",
			"BG", "\"name\": \"Ivan Petrov\", \"line1\": \"ul. Vitosha 5\", \"city\": \"Sofia\", \"postalCode\": \"1000\"",
			"GB", "\"name\": \"Amelia Jones\", \"line1\": \"1 Hertford Street\", \"city\": \"Coventry\", \"postalCode\": \"CV1 5RR\"");

	static String marketOf(int buyer) {
		return MARKETS.get(buyer % MARKETS.size());
	}

	static String currencyOf(String country) {
		return country.equals("GB") ? "GBP" : "EUR";
	}

	static String reviewBody(String country) {
		return "{\"address\": {" + ADDRESSES.get(country) + ", \"country\": \"" + country + "\"}}";
	}

	/**
	 * Variants of five kinds of goods (HS code, weight and price differ), each sold in every market of
	 * MARKETS, with 1,000,000 units each.
	 */
	static void setup(String base, String adminPassword, int variants) throws Exception {
		String admin = adminToken(base, adminPassword);
		Matcher m = sampleMerchant(base, admin);
		String markets = MARKETS.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(","));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < variants; i++) {
			String sku = "BENCH-" + i;
			String[] goods = GOODS[i % GOODS.length];
			String price = new java.math.BigDecimal(goods[3]).add(java.math.BigDecimal.valueOf(i)).toPlainString();
			String product = send(base, "POST", "/api/v1/catalog/products?merchantId=" + m.group(1), """
					{"sku": "%s", "categoryCode": "%s", "texts": {"en": {"title": "Bench goods %d"}},
					 "hsCode": "%s", "originCountry": "CN", "weightGrams": %s,
					 "basePrice": {"amount": "%s", "currency": "CNY"}, "status": "ACTIVE", "markets": [%s],
					 "variants": [{"sku": "%s-A"}]}""".formatted(sku, goods[1], i, goods[0], goods[2], price, markets, sku),
					admin, 201);
			Matcher variant = Pattern.compile("\"variants\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*([0-9]+)").matcher(product);
			variant.find();
			send(base, "PUT", "/api/v1/catalog/variants/" + variant.group(1) + "/stock/main", "{\"onHand\": 1000000}",
					admin, 200);
			ids.add(variant.group(1));
		}
		System.out.println(String.join(",", ids));
	}

	static void markets(String base, List<String> tokens) throws Exception {
		List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < tokens.size(); i++) {
				String token = tokens.get(i);
				String market = marketOf(i);
				answers.add(pool.submit(() -> send(base, "PUT", "/api/v1/cart",
						"{\"market\":\"" + market + "\",\"currency\":\"" + currencyOf(market) + "\"}", token, 200)));
			}
		}
		for (var answer : answers) {
			answer.get();
		}
	}

	/**
	 * Reviews every buyer's cart (prepared beforehand) with 32 requests in flight, so that placing the orders can
	 * be measured on its own. Prints one "token reviewId" line per buyer, and the review rate on standard error.
	 */
	static void reviews(String base, List<String> tokens) throws Exception {
		List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
		java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(32);
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < tokens.size(); i++) {
				String token = tokens.get(i);
				if (token.isBlank()) {
					continue;
				}
				String body = reviewBody(marketOf(i));
				answers.add(pool.submit(() -> {
					inFlight.acquire();
					try {
						Matcher id = ID.matcher(send(base, "POST", "/api/v1/checkout/reviews", body, token, 201));
						if (!id.find()) {
							throw new IllegalStateException("no review id");
						}
						return token + " " + id.group(1);
					}
					finally {
						inFlight.release();
					}
				}));
			}
		}
		StringBuilder out = new StringBuilder();
		for (var answer : answers) {
			out.append(answer.get()).append('\n');
		}
		System.out.print(out);
		System.err.printf("reviews=%d seconds=%.1f%n", answers.size(), (System.nanoTime() - started) / 1e9);
	}

	static void checkout(String base, List<String> tokens, String variantIds, int seconds) throws Exception {
		long[] variants = Arrays.stream(variantIds.split(",")).mapToLong(Long::parseLong).toArray();
		markets(base, tokens);
		run(base, tokens, variants, WARMUP, new AtomicLong(), new AtomicLong(), new long[1 << 20]); // JIT warm-up
		AtomicLong placed = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long[] placeNanos = new long[1 << 20];
		long started = System.nanoTime();
		run(base, tokens, variants, seconds, placed, failed, placeNanos);
		double elapsed = (System.nanoTime() - started) / 1e9;
		int n = (int) Math.min(placed.get(), placeNanos.length);
		long[] sorted = Arrays.copyOf(placeNanos, n);
		Arrays.sort(sorted);
		System.out.printf("buyers=%d seconds=%.1f orders=%d failed=%d orders_per_s=%.1f place_p50_ms=%.1f place_p99_ms=%.1f%n",
				tokens.size(), elapsed, placed.get(), failed.get(), placed.get() / elapsed, pct(sorted, 0.50),
				pct(sorted, 0.99));
	}

	static void run(String base, List<String> tokens, long[] variants, int seconds, AtomicLong placed,
			AtomicLong failed, long[] placeNanos) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int b = 0; b < tokens.size(); b++) {
				String token = tokens.get(b);
				String reviewBody = reviewBody(marketOf(b));
				pool.submit(() -> {
					while (System.nanoTime() < end) {
						try {
							long variant = variants[ThreadLocalRandom.current().nextInt(variants.length)];
							send(base, "POST", "/api/v1/cart/lines", "{\"variantId\":" + variant + ",\"quantity\":"
									+ (1 + ThreadLocalRandom.current().nextInt(3)) + "}", token, 200);
							String review = send(base, "POST", "/api/v1/checkout/reviews", reviewBody, token, 201);
							Matcher id = ID.matcher(review);
							id.find();
							long t0 = System.nanoTime();
							HttpResponse<String> response = HTTP.send(request(base, "POST", "/api/v1/checkout/orders",
									"{\"reviewId\":\"" + id.group(1) + "\"}", token)
								.header("Idempotency-Key", UUID.randomUUID().toString()).build(),
									HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() == 201) {
								long i = placed.getAndIncrement();
								if (i < placeNanos.length) {
									placeNanos[(int) i] = System.nanoTime() - t0;
								}
							}
							else {
								failed.incrementAndGet();
								System.err.println(response.statusCode() + " " + response.body());
							}
						}
						catch (Exception ex) {
							failed.incrementAndGet();
							System.err.println(ex);
						}
					}
					return null;
				});
			}
		}
	}

	static void quotes(String base, List<String> tokens, int clients, int seconds) throws Exception {
		String body = """
				{"origin":"CN","destination":"FI","incoterm":"DDP","items":[
				 {"hsCode":"090230","originCountry":"CN","quantity":2,"unitPrice":{"amount":"48.00","currency":"CNY"},"weightKg":"0.2"},
				 {"hsCode":"732393","originCountry":"CN","quantity":1,"unitPrice":{"amount":"260.00","currency":"CNY"},"weightKg":"2.1"},
				 {"hsCode":"200599","originCountry":"CN","quantity":3,"unitPrice":{"amount":"35.00","currency":"CNY"},"weightKg":"0.5"}],
				 "shipping":{"amount":"11.00","currency":"EUR"},"currency":"EUR"}""";
		quoteRun(base, tokens, clients, WARMUP, body, new long[1 << 22], new AtomicLong()); // JIT warm-up
		long[] nanos = new long[1 << 22];
		AtomicLong count = new AtomicLong();
		long started = System.nanoTime();
		quoteRun(base, tokens, clients, seconds, body, nanos, count);
		double elapsed = (System.nanoTime() - started) / 1e9;
		int n = (int) Math.min(count.get(), nanos.length);
		long[] sorted = Arrays.copyOf(nanos, n);
		Arrays.sort(sorted);
		System.out.printf("clients=%d seconds=%.1f quotes=%d quotes_per_s=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f%n", clients,
				elapsed, count.get(), count.get() / elapsed, pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 1.0));
	}

	static void quoteRun(String base, List<String> tokens, int clients, int seconds, String body, long[] nanos,
			AtomicLong count) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				String token = tokens.get(c % tokens.size());
				pool.submit(() -> {
					while (System.nanoTime() < end) {
						long t0 = System.nanoTime();
						send(base, "POST", "/api/v1/landed-cost/quotes", body, token, 201);
						long i = count.getAndIncrement();
						if (i < nanos.length) {
							nanos[(int) i] = System.nanoTime() - t0;
						}
					}
					return null;
				});
			}
		}
	}

	static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

	static HttpRequest.Builder request(String base, String method, String path, String json, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	static String send(String base, String method, String path, String json, String token, int expected)
			throws Exception {
		HttpResponse<String> response = HTTP.send(request(base, method, path, json, token).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

}

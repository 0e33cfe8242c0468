package org.twinport.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Year;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.catalog.FxRates;
import org.twinport.identity.Role;
import org.twinport.ordering.OrderPaid;
import org.twinport.ordering.OrderingFixturesAccess;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Marketplace figures from real orders: placed and paid through the ordering API, turned
 * into trade flows by the insight module's listeners on {@code OrderPaid} and
 * {@code OrderRefunded}, and read back through the staff-only figures API. Each order
 * goes to a partner city no other test ships to in the current year, so the figures are
 * compared before and after.
 */
class MarketplaceOrdersTest extends IntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JsonMapper json;

	@Autowired
	FxRates rates;

	OrderingFixturesAccess fixtures;

	String admin;

	final int year = Year.now().getValue();

	@BeforeEach
	void fixtures() {
		admin = tokenFor(Role.ADMIN);
		fixtures = new OrderingFixturesAccess(api(), jdbc, accounts, admin);
	}

	@Test
	void aPaidExportIsRecordedOnceAPartialRefundReversesItsShareAndTheFullRefundTheRest() {
		String figure = "/api/v1/insight/totals?source=MARKETPLACE&granularity=YEAR&place=gb-coventry";
		BigDecimal before = exports(figure);
		long variant = fixtures.variant("cn-jinan-sample-tea", "90.00", 10);
		String buyer = fixtures.buyer();
		JsonNode order = order(buyer, variant, 3, "GB", "GBP", """
				{"address": {"name": "Ada Lovelace", "line1": "1 Priory Row", "city": "Coventry",
				 "postalCode": "CV1 5RR", "country": "GB"}}""");
		long id = order.get("id").asLong();
		pay(buyer, id);

		Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> flow(id, false), r -> r != null);
		assertThat(row).containsEntry("flow", "EXPORT")
			.containsEntry("partner_country", "GB")
			.containsEntry("partner_place", "gb-coventry")
			.containsEntry("reporter", "cn-jinan")
			.containsEntry("channel", "CBEC_9610")
			.containsEntry("hs_code", "090230")
			.containsEntry("reporting_currency", "USD");
		// The goods' value (3 units at the order's unit price, in the price's currency),
		// without shipping, duty or tax, converted with the recorded FX set.
		JsonNode line = api().get("/api/v1/orders/" + id, buyer).json().get("lines").get(0);
		BigDecimal goods = new BigDecimal(line.get("unitPrice").get("amount").asString())
			.multiply(BigDecimal.valueOf(3));
		String currency = line.get("unitPrice").get("currency").asString();
		assertThat(row).containsEntry("currency", currency);
		assertThat((BigDecimal) row.get("value")).isEqualByComparingTo(goods);
		BigDecimal usd = converted(goods, currency, (Long) row.get("fx_set_id"));
		assertThat((BigDecimal) row.get("reporting_value")).isEqualByComparingTo(usd);
		await().atMost(Duration.ofSeconds(10)).until(() -> exports(figure).compareTo(before.add(usd)) == 0);

		// Redelivered: the same event again through the listener writes nothing.
		redeliver(id);
		assertThat(jdbc.sql("select count(*) from insight.trade_flow where order_id = :o")
			.param("o", "order-" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(exports(figure)).isEqualByComparingTo(before.add(usd));

		// A quarter of the total back: a quarter of the goods' value comes off.
		Money total = money(order.get("total"));
		BigDecimal quarter = total.amount.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN);
		refund(id, quarter, total.currency);
		BigDecimal share = quarter.divide(total.amount, java.math.MathContext.DECIMAL64);
		BigDecimal off = usd.multiply(share).setScale(2, RoundingMode.HALF_UP);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> exports(figure).compareTo(before.add(usd).subtract(off)) == 0);
		// The rest: the order nets to exactly zero.
		refund(id, total.amount.subtract(quarter), total.currency);
		await().atMost(Duration.ofSeconds(10)).until(() -> exports(figure).compareTo(before) == 0);
		assertThat(jdbc.sql("select sum(reporting_value) from insight.trade_flow where order_id = :o")
			.param("o", "order-" + id)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("0");

		// Staff only: the same figure is refused to anonymous visitors and to buyers.
		assertThat(api().get(figure).status()).isEqualTo(401);
		assertThat(api().get(figure, buyer).status()).isEqualTo(403);
	}

	@Test
	void aPartnerCitysMerchantSellingToTheHomeCountryIsAnImportFromItsCountry() {
		String figure = "/api/v1/insight/totals?source=MARKETPLACE&granularity=YEAR&flow=IMPORT&place=fi-vantaa";
		BigDecimal before = imports(figure);
		long variant = euroProduct("fi-vantaa-sample-design", "35.00");
		String buyer = fixtures.buyer();
		long id = order(buyer, variant, 2, "CN", "CNY", """
				{"address": {"name": "王小明", "line1": "历下区泉城路 1 号", "city": "济南", "region": "山东省",
				 "postalCode": "250000", "country": "CN"}}""").get("id").asLong();
		pay(buyer, id);
		Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> flow(id, false), r -> r != null);
		assertThat(row).containsEntry("flow", "IMPORT")
			.containsEntry("partner_country", "FI")
			.containsEntry("partner_place", "fi-vantaa")
			.containsEntry("channel", "CBEC_9610")
			.containsEntry("hs_code", "691200")
			.containsEntry("currency", "EUR");
		assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("70.00");
		BigDecimal usd = (BigDecimal) row.get("reporting_value");
		assertThat(usd).isEqualByComparingTo(converted(new BigDecimal("70.00"), "EUR", (Long) row.get("fx_set_id")));
		await().atMost(Duration.ofSeconds(10)).until(() -> imports(figure).compareTo(before.add(usd)) == 0);
	}

	/**
	 * A B2B order from a quote accepted in matchmaking: the Jinan tea merchant (the
	 * shared MERCHANT account's company) sells 40 kg to a Wakayama importer; paid, it is
	 * a B2B e-commerce export (9710) to Japan in kilograms.
	 */
	@Test
	void aPaidB2bOrderIsAB2bExportInTheQuotesUnit() {
		String buyer = tokenFor(Role.BUYER);
		String merchant = tokenFor(Role.MERCHANT);
		ok(api().put("/api/v1/matchmaking/companies/me", """
				{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
				 "buysHs": ["0902"], "seeks": ["SUPPLIER"], "markets": ["JP"], "languages": ["ja", "en"]}""", buyer));
		Response rfq = api().post("/api/v1/matchmaking/rfqs", """
				{"product": "Green tea, bulk %s", "hsCode": "090210", "quantity": 40, "unit": "kg", "incoterm": "FOB",
				 "destination": "JP", "deadline": "%s"}""".formatted(UUID.randomUUID(),
				java.time.LocalDate.now().plusDays(30)), buyer);
		assertThat(rfq.status()).as(rfq.toString()).isEqualTo(201);
		Response quote = api().post("/api/v1/matchmaking/rfqs/" + rfq.json().get("id").asLong() + "/quotes", """
				{"unitPrice": {"amount": "12.50", "currency": "EUR"}, "moq": 10, "leadTimeDays": 30, "incoterm": "FOB",
				 "validUntil": "%s"}""".formatted(java.time.LocalDate.now().plusDays(20)), merchant);
		assertThat(quote.status()).as(quote.toString()).isEqualTo(201);
		long quoteId = quote.json().get("id").asLong();
		ok(api().post("/api/v1/matchmaking/quotes/" + quoteId + "/accept", null, buyer));
		long id = await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select id from ordering.customer_order where checkout_reference = :r")
				.param("r", "B2B-Q" + quoteId)
				.query(Long.class)
				.optional()
				.orElse(null), found -> found != null);
		pay(buyer, id);
		Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> flow(id, false), r -> r != null);
		assertThat(row).containsEntry("flow", "EXPORT")
			.containsEntry("partner_country", "JP")
			.containsEntry("channel", "B2B_9710")
			.containsEntry("hs_code", "090210")
			.containsEntry("currency", "EUR");
		assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("500.00");
		assertThat(jdbc.sql("select quantity || ' ' || unit from insight.trade_flow where order_id = :o")
			.param("o", "order-" + id)
			.query(String.class)
			.single()).isEqualTo("40.0000 kg");
	}

	@Test
	void aDomesticOrderIsNoTradeOfTheHomeCity() {
		long variant = fixtures.variant("cn-jinan-sample-black-garlic", "20.00", 10);
		String buyer = fixtures.buyer();
		long id = order(buyer, variant, 1, "CN", "CNY", """
				{"address": {"name": "李雷", "line1": "历下区泉城路 2 号", "city": "济南", "region": "山东省",
				 "postalCode": "250000", "country": "CN"}}""").get("id").asLong();
		pay(buyer, id);
		awaitListenersDone(id);
		assertThat(flow(id, false)).isNull();
	}

	/** A product of a merchant selling in euros, with 10 units in stock. */
	private long euroProduct(String merchantCode, String price) {
		long merchant = jdbc.sql("select id from catalog.merchant where code = :c")
			.param("c", merchantCode)
			.query(Long.class)
			.single();
		String sku = "INS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Response created = api().post("/api/v1/catalog/products?merchantId=" + merchant, """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Stoneware cup %s (test)"}},
				 "hsCode": "691200", "originCountry": "FI", "weightGrams": 300,
				 "basePrice": {"amount": "%s", "currency": "EUR"}, "status": "ACTIVE", "markets": ["FI", "CN"],
				 "variants": [{"sku": "%s-A", "options": {"size": "one"}}]}""".formatted(sku, sku, price, sku), admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long variant = created.json().get("variants").get(0).get("id").asLong();
		ok(api().put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": 10}", admin));
		return variant;
	}

	private JsonNode order(String buyer, long variant, int quantity, String market, String currency, String address) {
		ok(api().put("/api/v1/cart", "{\"market\": \"" + market + "\", \"currency\": \"" + currency + "\"}", buyer));
		ok(api().post("/api/v1/cart/lines", "{\"variantId\": " + variant + ", \"quantity\": " + quantity + "}", buyer));
		Response review = api().post("/api/v1/checkout/reviews", address, buyer);
		assertThat(review.status()).as(review.toString()).isEqualTo(201);
		Response placed = fixtures.place(buyer, review.json().get("id").asString(), UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		return placed.json().get("orders").get(0);
	}

	private void pay(String buyer, long id) {
		Response paid = api().post("/api/v1/orders/" + id + "/payments",
				"{\"provider\": \"test-card\", \"details\": {\"cardNumber\": \"4242424242424242\"}}", buyer);
		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
	}

	private void refund(long id, BigDecimal amount, String currency) {
		Response refund = api().post("/api/v1/orders/" + id + "/refunds",
				"{\"amount\": {\"amount\": \"" + amount.toPlainString() + "\", \"currency\": \"" + currency + "\"}}",
				admin);
		assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
	}

	/** Publishes the stored OrderPaid again, as the outbox does after a restart. */
	private void redeliver(long id) {
		String serialized = jdbc
			.sql("select serialized_event from event_publication where event_type = :t and serialized_event like :id "
					+ "and listener_id like '%OrderFlowListeners%'")
			.param("t", OrderPaid.class.getName())
			.param("id", "%\"orderId\":" + id + ",%")
			.query(String.class)
			.single();
		transaction.executeWithoutResult(status -> events.publishEvent(json.readValue(serialized, OrderPaid.class)));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from event_publication where event_type = :t and serialized_event like :id "
						+ "and listener_id like '%OrderFlowListeners%' and completion_date is not null")
				.param("t", OrderPaid.class.getName())
				.param("id", "%\"orderId\":" + id + ",%")
				.query(Long.class)
				.single() == 2);
	}

	private void awaitListenersDone(long id) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select count(*) from event_publication where event_type = :t and serialized_event like :id "
						+ "and listener_id like '%OrderFlowListeners%' and completion_date is not null")
				.param("t", OrderPaid.class.getName())
				.param("id", "%\"orderId\":" + id + ",%")
				.query(Long.class)
				.single() == 1);
	}

	private Map<String, Object> flow(long id, boolean reversal) {
		return jdbc
			.sql("select flow, partner_country, partner_place, reporter, channel, hs_code, currency, value, "
					+ "reporting_value, reporting_currency, fx_set_id from insight.trade_flow "
					+ "where order_id = :o and reversal = :r order by line_no limit 1")
			.param("o", "order-" + id)
			.param("r", reversal)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Hand conversion with the set the flow recorded: amount × USD per euro / from per
	 * euro.
	 */
	private BigDecimal converted(BigDecimal amount, String from, Long setId) {
		assertThat(setId).as("the FX set is recorded").isNotNull();
		var set = rates.sets().stream().filter(s -> s.id() == setId).findFirst().orElseThrow();
		BigDecimal usd = set.perEur().get("USD");
		BigDecimal rate = set.perEur().get(from);
		return amount.multiply(usd).divide(rate, java.math.MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
	}

	private BigDecimal exports(String figure) {
		return yearValue(figure, "exports");
	}

	private BigDecimal imports(String figure) {
		return yearValue(figure, "imports");
	}

	private BigDecimal yearValue(String figure, String field) {
		Response response = api().get(figure, admin);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		for (JsonNode point : response.json()) {
			if (point.get("period").asString().equals(String.valueOf(year))) {
				return new BigDecimal(point.get(field).get("amount").asString());
			}
		}
		return BigDecimal.ZERO.setScale(2);
	}

	private static Money money(JsonNode node) {
		return new Money(new BigDecimal(node.get("amount").asString()), node.get("currency").asString());
	}

	private record Money(BigDecimal amount, String currency) {
	}

	private static void ok(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

}

package org.twinport.ordering;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An accepted matchmaking quote becomes a B2B order in the marketplace: it carries the
 * quote's incoterm, collects no consumer tax at checkout, and is seen by both companies
 * and ADMIN only.
 */
class B2bOrderTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	@Test
	void aBuyingCompanyAcceptsAQuoteAndBothSeeTheB2bOrderWithItsIncotermAndNoConsumerTax() {
		Response saved = api().put(MM + "/companies/me", """
				{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
				 "buysHs": ["0902"], "seeks": ["SUPPLIER"], "markets": ["JP"], "languages": ["ja", "en"]}""",
				tokenFor(Role.BUYER));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		String product = "Oolong, bulk " + UUID.randomUUID();
		long quoteId = quoteAccepted(tokenFor(Role.BUYER), tokenFor(Role.MERCHANT), product, "FOB", "120.5", "16.40");

		JsonNode order = awaitOrder(quoteId, tokenFor(Role.BUYER));
		assertThat(order.get("incoterm").asString()).isEqualTo("FOB");
		assertThat(order.get("product").asString()).isEqualTo(product);
		assertThat(order.get("quantity").asString()).isEqualTo("120.5");
		assertThat(order.get("unit").asString()).isEqualTo("kg");
		assertThat(order.get("destination").asString()).isEqualTo("JP");
		assertThat(order.get("status").asString()).isEqualTo("PLACED");
		// 120.5 kg × 16.40 EUR, and nothing on top
		assertThat(order.get("total").get("amount").asString()).isEqualTo("1976.20");
		assertThat(order.get("tax").get("amount").asString()).isEqualTo("0.00");
		assertThat(order.get("charges")).hasSize(1);
		assertThat(order.get("charges").get(0).get("type").asString()).isEqualTo("GOODS");
		assertThat(order.get("charges").get(0).get("collected").asString()).isEqualTo("AT_CHECKOUT");
		assertThat(order.get("charges").toString()).doesNotContain("VAT", "GST", "CONSUMPTION_TAX");
		long orderId = order.get("orderId").asLong();

		// The same order in the ordinary order API: the buyer's to pay, the supplier's to
		// ship; still no tax line.
		Response asOrder = api().get("/api/v1/orders/" + orderId, tokenFor(Role.BUYER));
		assertThat(asOrder.status()).as(asOrder.toString()).isEqualTo(200);
		assertThat(asOrder.json().get("tax").get("amount").asString()).isEqualTo("0.00");
		assertThat(asOrder.json().get("total").get("amount").asString()).isEqualTo("1976.20");
		assertThat(asOrder.json().get("charges").toString()).doesNotContain("VAT", "GST");
		Response supplierSees = api().get("/api/v1/orders/b2b/" + orderId, tokenFor(Role.MERCHANT));
		assertThat(supplierSees.status()).as(supplierSees.toString()).isEqualTo(200);
		assertThat(supplierSees.json().get("incoterm").asString()).isEqualTo("FOB");
		assertThat(api().get("/api/v1/orders/" + orderId, tokenFor(Role.MERCHANT)).status()).isEqualTo(200);
		String supplierOrdersPage = org.twinport.support.WebSession
			.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT))
			.get("/orders")
			.body();
		assertThat(supplierOrdersPage).contains("B2B-Q" + quoteId).contains("B2B order from an accepted quote");
		assertThat(api().get("/api/v1/orders/b2b/" + orderId, tokenFor(Role.ADMIN)).status()).isEqualTo(200);

		assertThat(api().get("/api/v1/orders/b2b/" + orderId, merchantToken(2)).status())
			.as("a third company does not see it")
			.isEqualTo(404);
		assertThat(api().get("/api/v1/orders/b2b/" + orderId, tokenFor(Role.PARTNER_OFFICE)).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/orders/b2b", merchantToken(2)).body()).doesNotContain(product);

		assertThat(jdbc.sql("select count(*) from ordering.customer_order where checkout_reference = :r")
			.param("r", "B2B-Q" + quoteId)
			.query(Long.class)
			.single()).as("one order per accepted quote").isEqualTo(1);
	}

	@Test
	void theOrderPageShowsTheQuotesLineTermsAndDeliveryInBothLanguagesWithNoNull() {
		Response saved = api().put(MM + "/companies/me", """
				{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
				 "buysHs": ["0902"], "seeks": ["SUPPLIER"], "markets": ["JP"], "languages": ["ja", "en"]}""",
				tokenFor(Role.BUYER));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		String product = "Pu-erh cakes " + UUID.randomUUID();
		long quoteId = quoteAccepted(tokenFor(Role.BUYER), tokenFor(Role.MERCHANT), product, "CIF", "120.5", "16.40");
		long orderId = awaitOrder(quoteId, tokenFor(Role.BUYER)).get("orderId").asLong();
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		WebSession supplier = WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT));

		for (WebSession session : java.util.List.of(buyer, supplier)) {
			String en = session.get("/orders/" + orderId + "?lang=en").body();
			assertThat(en).contains(product)
				.contains("090230")
				.contains("120.5 kg")
				.contains("16.40 EUR per kg")
				.contains("1,976.20 EUR")
				.contains("CIF (Cost, Insurance and Freight)")
				.contains("30 days")
				.contains("Japan, on CIF terms")
				.doesNotContain("null")
				.doesNotContain("days in transit")
				.doesNotContain("Exchange rate set");
			assertThat(items(en)).as("the items table has the quote's line and no empty row")
				.contains("<th scope=\"row\">" + product + "</th>")
				.doesNotContain("<td></td>");
			String zh = session.get("/orders/" + orderId + "?lang=zh-CN").body();
			assertThat(zh).contains(product)
				.contains("120.5 kg")
				.contains("CIF（成本、保险费加运费）")
				.contains("30 天")
				.contains("日本，按 CIF 条款交货")
				.doesNotContain("null")
				.doesNotContain("运输 天")
				.doesNotContain("汇率集");
		}
		assertThat(buyer.get("/orders?lang=en").body()).as("the order list names what was bought and its incoterm")
			.contains("120.5 kg × " + product + " (CIF)")
			.doesNotContain("B2B order API");
	}

	private static String items(String page) {
		int start = page.indexOf("id=\"b2b-items\"");
		assertThat(start).as("the B2B items table").isPositive();
		return page.substring(start, page.indexOf("</table>", start));
	}

	@Test
	void aMerchantBuyingFromAnotherMerchantSeesItsB2bOrderToo() {
		String buyerMerchant = merchantToken(1);
		String product = "Jasmine tea " + UUID.randomUUID();
		long quoteId = quoteAccepted(buyerMerchant, tokenFor(Role.MERCHANT), product, "CIF", "40", "12.00");
		JsonNode order = awaitOrder(quoteId, buyerMerchant);
		assertThat(order.get("incoterm").asString()).isEqualTo("CIF");
		assertThat(order.get("buyerMerchantId").isNull()).isFalse();
		assertThat(order.get("total").get("amount").asString()).isEqualTo("480.00");
		long orderId = order.get("orderId").asLong();
		assertThat(api().get("/api/v1/orders/b2b/" + orderId, tokenFor(Role.MERCHANT)).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/orders/b2b/" + orderId, tokenFor(Role.BUYER)).status()).isEqualTo(404);
	}

	/** The buyer posts an RFQ, the supplier quotes, the buyer accepts; the quote's id. */
	private long quoteAccepted(String buyerToken, String supplierToken, String product, String incoterm,
			String quantity, String price) {
		Response rfq = api().post(MM + "/rfqs", """
				{"product": "%s", "hsCode": "090230", "quantity": %s, "unit": "kg", "incoterm": "%s",
				 "destination": "JP", "deadline": "%s"}""".formatted(product, quantity, incoterm,
				LocalDate.now().plusDays(30)), buyerToken);
		assertThat(rfq.status()).as(rfq.toString()).isEqualTo(201);
		Response quote = api().post(MM + "/rfqs/" + rfq.json().get("id").asLong() + "/quotes", """
				{"unitPrice": {"amount": "%s", "currency": "EUR"}, "moq": 10, "leadTimeDays": 30, "incoterm": "%s",
				 "validUntil": "%s"}""".formatted(price, incoterm, LocalDate.now().plusDays(20)), supplierToken);
		assertThat(quote.status()).as(quote.toString()).isEqualTo(201);
		long quoteId = quote.json().get("id").asLong();
		Response accepted = api().post(MM + "/quotes/" + quoteId + "/accept", null, buyerToken);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		return quoteId;
	}

	private JsonNode awaitOrder(long quoteId, String token) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
			for (JsonNode order : api().get("/api/v1/orders/b2b", token).json()) {
				if (order.get("quoteId").asLong() == quoteId) {
					found[0] = order;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

	private static final java.util.Map<Integer, String> MERCHANT_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * A MERCHANT account of the catalog merchant at this offset (the shared MERCHANT
	 * account is the first merchant's), made once per run.
	 */
	private String merchantToken(int offset) {
		return MERCHANT_TOKENS.computeIfAbsent(offset, o -> {
			String username = "test.b2b-merchant-" + o;
			String password = Passwords.generate();
			long merchant = jdbc.sql("select id from catalog.merchant order by id offset :o limit 1")
				.param("o", o)
				.query(Long.class)
				.single();
			accounts.create(new NewAccount(username, password, "B2B test " + o, Role.MERCHANT, null, merchant, false));
			Response response = api().post("/api/v1/auth/tokens",
					"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"b2b\"}", null);
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			return response.json().get("token").asString();
		});
	}

}

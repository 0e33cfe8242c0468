package org.twinport.ordering;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A B2B order from an accepted quote carries an estimate of the import duty and taxes for
 * its destination, computed by the landed-cost rules and marked as an estimate: the buyer
 * pays them at the border under FOB (and EXW, CIF, DAP), the supplier under DDP. The goods
 * stay the only charge.
 */
class B2bImportEstimateTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	@Test
	void aFobOrderToJapanShowsTheBuyersEstimatedDutyAndConsumptionTaxInTheApiAndOnThePage() {
		JsonNode order = acceptedOrder("FOB");
		assertThat(order.get("total").get("amount").asString()).isEqualTo("1976.20");
		assertThat(order.get("charges")).hasSize(1);
		assertThat(order.get("importPaidBy").asString()).isEqualTo("BUYER");
		JsonNode estimate = order.get("importEstimate");
		assertThat(estimate.isEmpty()).as(order.toString()).isFalse();
		boolean duty = false;
		boolean tax = false;
		for (JsonNode line : estimate) {
			assertThat(line.get("estimate").asBoolean()).isTrue();
			assertThat(line.get("amount").get("currency").asString()).isEqualTo("EUR");
			duty |= line.get("type").asString().equals("DUTY") && line.get("amount").get("amount").asDouble() > 0;
			tax |= line.get("type").asString().equals("CONSUMPTION_TAX")
					&& line.get("amount").get("amount").asDouble() > 0;
		}
		assertThat(duty).as("duty on 1976.20 EUR of tea into Japan: " + estimate).isTrue();
		assertThat(tax).as("consumption tax: " + estimate).isTrue();

		long orderId = order.get("orderId").asLong();
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		String en = buyer.get("/orders/" + orderId + "?lang=en").body();
		assertThat(en).contains("id=\"b2b-estimate\"")
			.contains("Estimated import duty and taxes: under FOB the buyer pays them at the border")
			.contains("≈ ");
		String zh = buyer.get("/orders/" + orderId + "?lang=zh-CN").body();
		assertThat(zh).contains("进口关税和税费估算：按 FOB 条款，由买方在边境缴纳").contains("消费税");
	}

	@Test
	void underDdpTheSupplierPaysThem() {
		JsonNode order = acceptedOrder("DDP");
		assertThat(order.get("importPaidBy").asString()).isEqualTo("SELLER");
		assertThat(order.get("importEstimate").isEmpty()).isFalse();
		assertThat(order.get("total").get("amount").asString()).as("still only the goods").isEqualTo("1976.20");
		String en = WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT))
			.get("/orders/" + order.get("orderId").asLong() + "?lang=en")
			.body();
		assertThat(en).contains("Estimated import duty and taxes: under DDP the supplier pays them");
	}

	private JsonNode acceptedOrder(String incoterm) {
		Response saved = api().put(MM + "/companies/me", """
				{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
				 "buysHs": ["0902"], "seeks": ["SUPPLIER"], "markets": ["JP"], "languages": ["ja", "en"]}""",
				tokenFor(Role.BUYER));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		String product = "Oolong, estimated " + UUID.randomUUID();
		Response rfq = api().post(MM + "/rfqs", """
				{"product": "%s", "hsCode": "090230", "quantity": 120.5, "unit": "kg", "incoterm": "%s",
				 "destination": "JP", "deadline": "%s"}""".formatted(product, incoterm, LocalDate.now().plusDays(30)),
				tokenFor(Role.BUYER));
		assertThat(rfq.status()).as(rfq.toString()).isEqualTo(201);
		Response quote = api().post(MM + "/rfqs/" + rfq.json().get("id").asLong() + "/quotes", """
				{"unitPrice": {"amount": "16.40", "currency": "EUR"}, "moq": 10, "leadTimeDays": 30, "incoterm": "%s",
				 "validUntil": "%s"}""".formatted(incoterm, LocalDate.now().plusDays(20)), tokenFor(Role.MERCHANT));
		assertThat(quote.status()).as(quote.toString()).isEqualTo(201);
		long quoteId = quote.json().get("id").asLong();
		Response accepted = api().post(MM + "/quotes/" + quoteId + "/accept", null, tokenFor(Role.BUYER));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
			for (JsonNode order : api().get("/api/v1/orders/b2b", tokenFor(Role.BUYER)).json()) {
				if (order.get("quoteId").asLong() == quoteId) {
					found[0] = order;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

}

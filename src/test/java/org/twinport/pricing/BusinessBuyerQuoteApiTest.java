package org.twinport.pricing;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A business buyer with its tax number is not charged the consumer point-of-sale taxes
 * (IOSS, the UK £135 rule, Australia's low-value GST); a tax number not in the
 * destination's format is refused and no quote is kept.
 */
class BusinessBuyerQuoteApiTest extends IntegrationTest {

	private static String request(String destination, String currency, String price, String buyer) {
		return """
				{"origin": "CN", "destination": "%s", "incoterm": "DAP", "date": "2026-11-28",
				 "items": [{"hsCode": "732391", "originCountry": "CN", "quantity": 1,
				            "unitPrice": {"amount": "%s", "currency": "%s"}, "weightKg": "2"}],
				 "shipping": {"amount": "10.00", "currency": "%s"}%s}""".formatted(destination, price, currency, currency,
				buyer == null ? "" : ", \"buyer\": " + buyer);
	}

	private JsonNode taxLine(JsonNode quote, String type) {
		for (JsonNode line : quote.get("lines")) {
			if (line.get("type").asString().equals(type)) {
				return line;
			}
		}
		throw new AssertionError("no " + type + " line in " + quote);
	}

	private JsonNode quote(String body) {
		Response response = api().post("/api/v1/landed-cost/quotes", body, tokenFor(Role.BUYER));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	@Test
	void aFinnishBusinessUnder150EurPaysNoVatAtCheckout() {
		JsonNode consumer = quote(request("FI", "EUR", "140.00", null));
		assertThat(taxLine(consumer, "VAT").get("collected").asString()).isEqualTo("AT_CHECKOUT");

		JsonNode business = quote(request("FI", "EUR", "140.00", "{\"type\": \"BUSINESS\", \"taxId\": \"FI12345678\"}"));
		JsonNode vat = taxLine(business, "VAT");
		assertThat(vat.get("reason").asString()).isEqualTo("tax.business.import");
		assertThat(vat.get("collected").asString()).isEqualTo("AT_BORDER");
		assertThat(vat.get("description").asString()).contains("VAT id FI12345678").contains("outside IOSS");
		assertThat(business.get("totals").get("dueAtCheckout").get("amount").asString())
			.as("goods and shipping only")
			.isEqualTo("150.00");
	}

	@Test
	void aUkBusinessUpTo135GbpIsNotChargedVat() {
		JsonNode quote = quote(request("GB", "GBP", "120.00", "{\"type\": \"BUSINESS\", \"taxId\": \"GB123456789\"}"));
		JsonNode vat = taxLine(quote, "VAT");
		assertThat(vat.get("amount").get("amount").asString()).isEqualTo("0.00");
		assertThat(vat.get("reason").asString()).isEqualTo("tax.business.reverseCharge");
		// 20% of 130.00 charged = 26.00, accounted for by the business
		assertThat(vat.get("description").asString()).contains("reverse charge").contains("26.00 GBP");
		assertThat(quote.get("totals").get("total").get("amount").asString()).isEqualTo("130.00");
	}

	@Test
	void anAustralianBusinessWithItsAbnIsNotChargedGst() {
		JsonNode quote = quote(request("AU", "AUD", "500.00", "{\"type\": \"BUSINESS\", \"taxId\": \"53004085616\"}"));
		JsonNode gst = taxLine(quote, "GST");
		assertThat(gst.get("amount").get("amount").asString()).isEqualTo("0.00");
		assertThat(gst.get("description").asString()).contains("ABN 53004085616");
		assertThat(quote.get("totals").get("total").get("amount").asString()).isEqualTo("510.00");
	}

	@Test
	void taxNumbersNotInTheDestinationsFormatAreRefusedAndNothingIsKept() {
		String[][] wrong = { { "FI", "EUR", "{\"type\": \"BUSINESS\"}" },
				{ "FI", "EUR", "{\"type\": \"BUSINESS\", \"taxId\": \"DE1234567\"}" },
				{ "DE", "EUR", "{\"type\": \"BUSINESS\", \"taxId\": \"DE12345678\"}" },
				{ "GB", "GBP", "{\"type\": \"BUSINESS\", \"taxId\": \"GB12345678\"}" },
				{ "AU", "AUD", "{\"type\": \"BUSINESS\", \"taxId\": \"53004085617\"}" },
				{ "FI", "EUR", "{\"type\": \"BUSINESS\", \"taxId\": \"fi-1234\"}" } };
		for (String[] bad : wrong) {
			Response response = api().post("/api/v1/landed-cost/quotes", request(bad[0], bad[1], "20.00", bad[2]),
					tokenFor(Role.BUYER));
			assertThat(response.status()).as(bad[2] + ": " + response).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("field").asString()).as(bad[2])
				.isEqualTo("buyer.taxId");
		}
		var type = api().post("/api/v1/landed-cost/quotes", request("FI", "EUR", "20.00", "{\"taxId\": \"FI12345678\"}"),
				tokenFor(Role.BUYER));
		assertThat(type.status()).isEqualTo(400);
		assertThat(type.json().get("errors").get(0).get("field").asString()).isEqualTo("buyer.type");

		// A good quote asked after the refused ones is kept; none of the refused ones is.
		String kept = quote(request("DE", "EUR", "20.00", "{\"type\": \"BUSINESS\", \"taxId\": \"DE123456789\"}"))
			.get("id")
			.asString();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from pricing.quote where id = cast(:id as uuid)")
				.param("id", kept)
				.query(Long.class)
				.single() == 1);
		assertThat(jdbc.sql("""
				select count(*) from pricing.quote
				where request::text like '%DE12345678"%' or request::text like '%GB12345678"%'
				   or request::text like '%53004085617%' or request::text like '%DE1234567"%'""")
			.query(Long.class)
			.single()).isZero();
	}

}

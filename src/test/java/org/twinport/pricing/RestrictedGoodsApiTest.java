package org.twinport.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes screen their goods against the bundled restricted-goods list (loaded on
 * start-up): refusals name the item, the rule and its source; excise goods leave the
 * point-of-sale scheme. Lists load through ADMIN only, a bad one is refused naming the
 * field and nothing is stored.
 */
class RestrictedGoodsApiTest extends IntegrationTest {

	private static String quote(String destination, String currency, String incoterm, String hsCode, String origin,
			String price) {
		return """
				{"origin": "%s", "destination": "%s", "incoterm": "%s", "date": "2026-12-07",
				 "items": [{"hsCode": "%s", "originCountry": "%s", "quantity": 1,
				            "unitPrice": {"amount": "%s", "currency": "%s"}, "weightKg": "1.2"}],
				 "shipping": {"amount": "10.00", "currency": "%s"}}""".formatted(origin, destination, incoterm, hsCode, origin,
				price, currency, currency);
	}

	private JsonNode quoted(String body) {
		Response response = api().post("/api/v1/landed-cost/quotes", body, tokenFor(Role.BUYER));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	@Test
	void wineToBritainUnder135PoundsIsNotSoldUnderThePointOfSaleSchemeButTaxedAtTheBorder() {
		// cigars: one national line at 25% in the UK Global Tariff, an excise good
		JsonNode wine = quoted(quote("GB", "GBP", "DAP", "240210", "CU", "40.00"));
		assertThat(wine.get("refusals")).isEmpty();
		List<String> reasons = new ArrayList<>();
		boolean borderDuty = false;
		boolean borderVat = false;
		for (JsonNode line : wine.get("lines")) {
			reasons.add(line.get("reason").asString());
			String type = line.get("type").asString();
			boolean border = line.get("collected").asString().equals("AT_BORDER");
			borderDuty |= type.equals("DUTY") && border && new java.math.BigDecimal(line.get("amount").get("amount").asString()).signum() > 0;
			if (type.equals("VAT")) {
				borderVat = border && line.get("reason").asString().equals("tax.dap.excluded")
						&& line.get("estimate").asBoolean();
				assertThat(line.get("description").asString()).contains("VAT 20% due at the border")
					.contains("not under UK VAT at point of sale")
					.contains("HS 240210 is an excise good");
			}
		}
		assertThat(reasons).doesNotContain("tax.pointOfSale", "noDutyUnder");
		assertThat(borderDuty).as("duty by tariff at the border: " + wine).isTrue();
		assertThat(borderVat).as("VAT at the border, saying why: " + wine).isTrue();

		// the same price in tea still goes through the scheme: the exclusion is the wine's
		JsonNode tea = quoted(quote("GB", "GBP", "DAP", "090210", "CN", "40.00"));
		assertThat(tea.get("lines").findValuesAsString("reason")).contains("tax.pointOfSale");
	}

	@Test
	void aWoodenSpoonOfRussianOriginIsRefusedIntoGermanyNamingTheRegulation() {
		JsonNode spoon = quoted(quote("DE", "EUR", "DDP", "441990", "RU", "12.00"));
		assertThat(spoon.get("refusals")).hasSize(1);
		JsonNode refusal = spoon.get("refusals").get(0);
		assertThat(refusal.get("code").asString()).isEqualTo("SANCTIONED_ORIGIN");
		assertThat(refusal.get("item").asInt()).isZero();
		assertThat(refusal.get("ruleId").asString()).isEqualTo("EU-RU-WOOD-44");
		assertThat(refusal.get("source").asString()).contains("Regulation (EU) 2022/576")
			.contains("https://eur-lex.europa.eu/");
		assertThat(refusal.get("message").asString()).startsWith("Cannot be sold to Germany:")
			.contains("originating in Russia")
			.contains("Regulation (EU) 2022/576");

		// the same spoon from Finland is sold; the Russian one before the ban was too
		assertThat(quoted(quote("DE", "EUR", "DDP", "441990", "FI", "12.00")).get("refusals")).isEmpty();
		// the day before the ban, with the exchange rates of that time
		String source = "rates of 2022 " + UUID.randomUUID().toString().substring(0, 8);
		Response rates = api().post("/api/v1/catalog/fx/sets?source=" + source.replace(' ', '+'),
				"Date,USD,CNY\n2022-04-01,1.10,7.0\n", tokenFor(Role.ADMIN));
		assertThat(rates.status()).as(rates.toString()).isEqualTo(201);
		try {
			assertThat(quoted(quote("DE", "EUR", "DDP", "441990", "RU", "12.00").replace("2026-12-07", "2022-04-08"))
				.get("refusals")).isEmpty();
		}
		finally {
			jdbc.sql("delete from catalog.fx_rate_set where source = :s").param("s", source).update();
		}
	}

	@Test
	void sausagesAreRefusedAsAChineseCrossBorderRetailImport() {
		JsonNode sausages = quoted(quote("CN", "CNY", "DDP", "160100", "DE", "80.00"));
		assertThat(sausages.get("refusals").findValuesAsString("code")).contains("NOT_ON_CROSS_BORDER_RETAIL_LIST");
		JsonNode refusal = sausages.get("refusals").get(0);
		assertThat(refusal.get("ruleId").asString()).isEqualTo("CN-CBEC-MEAT");
		assertThat(refusal.get("message").asString()).contains("cross-border retail").contains("HS 160100");
		assertThat(quoted(quote("CN", "CNY", "DDP", "090210", "DE", "80.00")).get("refusals")).isEmpty();
	}

	@Test
	void screeningAnHsCodeAndOriginNamesTheMarketsItCannotBeSoldTo() {
		Response screened = api().get("/api/v1/landed-cost/restrictions/screen?hsCode=441919&origin=RU&date=2026-12-07",
				tokenFor(Role.MERCHANT));
		assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
		List<String> markets = screened.json().findValuesAsString("market");
		assertThat(markets).contains("DE", "FI", "FR", "BG", "HU").doesNotContain("GB", "CN", "JP");
		assertThat(screened.json().get(0).get("refusal").get("message").asString()).contains("2022/576");

		Response bad = api().get("/api/v1/landed-cost/restrictions/screen?hsCode=44&origin=RU",
				tokenFor(Role.MERCHANT));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("hsCode");
	}

	@Test
	void aListLoadedLaterTakesOverFromItsValidFromDate() {
		String version = "test-" + UUID.randomUUID().toString().substring(0, 8);
		String list = """
				{"format": "twinport-restricted-goods/1", "version": "%s", "validFrom": "2099-01-01",
				 "entries": [{"id": "JP-TEST-TEA", "kind": "PROHIBITED", "markets": ["JP"], "hsPrefixes": ["0902"],
				   "origins": [], "scope": "ALL", "from": "2099-01-01",
				   "source": {"authority": "Test authority", "reference": "Test rule", "url": "https://example.org/rule",
				              "checked": "2026-12-07"}}]}""".formatted(version);
		Response loaded = api().post("/api/v1/landed-cost/restrictions", list, tokenFor(Role.ADMIN));
		assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
		assertThat(loaded.json().get("inForce").asBoolean()).isFalse();
		String tea = quote("JP", "JPY", "DDP", "090210", "CN", "3000");
		assertThat(quoted(tea).get("refusals")).as("the bundled list is still in force today").isEmpty();
		JsonNode later = quoted(tea.replace("2026-12-07", "2099-02-01"));
		assertThat(later.get("refusals").findValuesAsString("code")).containsExactly("PROHIBITED");
		// the later list replaces the earlier one whole: the Russian spoon is not in it
		assertThat(quoted(quote("DE", "EUR", "DDP", "441990", "RU", "12.00").replace("2026-12-07", "2099-02-01"))
			.get("refusals")
			.findValuesAsString("code")).doesNotContain("SANCTIONED_ORIGIN");

		Response again = api().post("/api/v1/landed-cost/restrictions", list, tokenFor(Role.ADMIN));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
		Response lists = api().get("/api/v1/landed-cost/restrictions", tokenFor(Role.ADMIN));
		assertThat(lists.json().findValuesAsString("version")).contains(version, "2026.12");
	}

	@Test
	void aBadListIsRefusedNamingTheFieldAndNothingIsStored() {
		String version = "bad-" + UUID.randomUUID().toString().substring(0, 8);
		String noSource = """
				{"format": "twinport-restricted-goods/1", "version": "%s", "validFrom": "2099-01-01",
				 "entries": [{"id": "X", "kind": "PROHIBITED", "markets": ["JP"], "hsPrefixes": ["0902"],
				   "scope": "ALL", "from": "2099-01-01", "source": {"authority": "Someone"}}]}""".formatted(version);
		assertBadField(noSource, "entries[0].source");
		assertBadField(noSource.replace("\"markets\": [\"JP\"]", "\"markets\": [\"ASEAN\"]"), "entries[0].markets");
		assertBadField(noSource.replace("\"0902\"", "\"09x\""), "entries[0].hsPrefixes");
		assertBadField(noSource.replace("\"PROHIBITED\"", "\"BANNED\""), "document");
		assertBadField(noSource.replace("\"validFrom\": \"2099-01-01\",", ""), "validFrom");
		assertBadField(noSource.replace("\"kind\": \"PROHIBITED\"", "\"kind\": \"SANCTIONED_ORIGIN\"")
			.replace("\"source\": {\"authority\": \"Someone\"}",
					"\"source\": {\"authority\": \"A\", \"reference\": \"B\", \"url\": \"https://example.org\", \"checked\": \"2026-12-07\"}"),
				"entries[0].origins");
		assertThat(jdbc.sql("select count(*) from pricing.restricted_goods_list where version = :v")
			.param("v", version)
			.query(Long.class)
			.single()).isZero();
	}

	private void assertBadField(String document, String field) {
		Response response = api().post("/api/v1/landed-cost/restrictions", document, tokenFor(Role.ADMIN));
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.toString())
			.isEqualTo(field);
	}

}

package org.twinport.pricing;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class LandedCostApiTest extends IntegrationTest {

	static final String VANTAA_TEA = """
			{"origin": "CN", "destination": "FI", "incoterm": "DAP", "date": "2026-11-28",
			 "items": [{"hsCode": "090210", "originCountry": "CN", "quantity": 2,
			            "unitPrice": {"amount": "75.00", "currency": "EUR"}, "weightKg": "0.25",
			            "description": "Pingyin rose tea (sample)"}],
			 "shipping": {"amount": "10.00", "currency": "EUR"}}""";

	@Test
	void quotesItemizeEveryLineWithItsRuleAndAreKept() {
		var response = api().post("/api/v1/landed-cost/quotes", VANTAA_TEA, tokenFor(Role.BUYER));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		var quote = response.json();
		assertThat(quote.get("currency").asString()).isEqualTo("EUR");
		assertThat(quote.get("ruleSetVersion").asString()).startsWith("demo-2026.11");
		assertThat(quote.get("fxRateSetId").asString()).startsWith("fx-");
		var totals = quote.get("totals");
		// 150.00 EUR is within IOSS: flat duty 3.00 and VAT 25.5% of 150 + 10 + 3 =
		// 41.565 → 41.57, both at checkout: nothing is owed at the door under IOSS
		assertThat(totals.get("duty").get("amount").asString()).isEqualTo("3.00");
		assertThat(totals.get("tax").get("amount").asString()).isEqualTo("41.57");
		assertThat(totals.get("dueAtCheckout").get("amount").asString()).isEqualTo("204.57");
		boolean vatNamesItsRule = false;
		for (var line : quote.get("lines")) {
			if (line.get("type").asString().equals("VAT")) {
				vatNamesItsRule = line.get("ruleId").asString().equals("FI-VAT-25.5")
						&& line.get("source").asString().contains("Vero")
						&& line.get("collected").asString().equals("AT_CHECKOUT");
			}
		}
		assertThat(vatNamesItsRule).isTrue();

		String id = quote.get("id").asString();
		var again = api().get("/api/v1/landed-cost/quotes/" + id, tokenFor(Role.BUYER));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("totals").get("total").get("amount").asString()).isEqualTo("204.57");
		assertThat(api().get("/api/v1/landed-cost/quotes/" + id, tokenFor(Role.MERCHANT)).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/landed-cost/quotes/" + id, tokenFor(Role.ADMIN)).status()).isEqualTo(200);
	}

	@Test
	void badInputNamesTheField() {
		String unknownChapter = VANTAA_TEA.replace("090210", "770000");
		var chapter = api().post("/api/v1/landed-cost/quotes", unknownChapter, tokenFor(Role.BUYER));
		assertThat(chapter.status()).isEqualTo(400);
		assertThat(chapter.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].hsCode");

		var zero = api().post("/api/v1/landed-cost/quotes", VANTAA_TEA.replace("\"quantity\": 2", "\"quantity\": 0"),
				tokenFor(Role.BUYER));
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.body()).contains("items[0].quantity");

		var country = api().post("/api/v1/landed-cost/quotes",
				VANTAA_TEA.replace("\"destination\": \"FI\"", "\"destination\": \"XX\""), tokenFor(Role.BUYER));
		assertThat(country.status()).isEqualTo(400);
		assertThat(country.json().get("errors").get(0).get("field").asString()).isEqualTo("destination");
		// a code of the right shape that no country has is refused as CountryCode refuses it
		var unassigned = api().post("/api/v1/landed-cost/quotes",
				VANTAA_TEA.replace("\"origin\": \"CN\"", "\"origin\": \"XX\""), tokenFor(Role.BUYER));
		assertThat(unassigned.status()).isEqualTo(400);
		assertThat(unassigned.json().get("errors").get(0).get("field").asString()).isEqualTo("origin");

		var incoterm = api().post("/api/v1/landed-cost/quotes", VANTAA_TEA.replace("DAP", "FOB"), tokenFor(Role.BUYER));
		assertThat(incoterm.status()).isEqualTo(400);
		assertThat(incoterm.json().get("errors").get(0).get("field").asString()).isEqualTo("incoterm");

		var currency = api().post("/api/v1/landed-cost/quotes",
				VANTAA_TEA.replace("\"EUR\"}, \"weightKg\"", "\"EURO\"}, \"weightKg\""), tokenFor(Role.BUYER));
		assertThat(currency.status()).isEqualTo(400);
		assertThat(currency.json().get("errors").get(0).get("field").asString()).startsWith("items[0].unitPrice");
	}

	@Test
	void aChineseReaderIsRefusedInChineseWithTheCode() {
		var chapter = api().send("POST", "/api/v1/landed-cost/quotes", VANTAA_TEA.replace("090210", "770000"),
				tokenFor(Role.BUYER), "Accept-Language", "zh");
		assertThat(chapter.status()).isEqualTo(400);
		var error = chapter.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("items[0].hsCode");
		assertThat(error.get("code").asString()).isEqualTo("pricing.problem.noChapter");
		assertThat(error.get("message").asString()).isEqualTo("所写的 HS 章 77 不存在");

		// Bean Validation says its messages from the same bundle, in the reader's language
		var country = api().send("POST", "/api/v1/landed-cost/quotes",
				VANTAA_TEA.replace("\"destination\": \"FI\"", "\"destination\": \"fi\""), tokenFor(Role.BUYER),
				"Accept-Language", "zh");
		assertThat(country.status()).isEqualTo(400);
		assertThat(country.json().get("errors").get(0).get("message").asString())
			.isEqualTo("必须是 ISO 3166-1 两字母代码，例如 FI");
		var english = api().post("/api/v1/landed-cost/quotes",
				VANTAA_TEA.replace("\"destination\": \"FI\"", "\"destination\": \"fi\""), tokenFor(Role.BUYER));
		assertThat(english.json().get("errors").get(0).get("message").asString())
			.isEqualTo("must be an ISO 3166-1 alpha-2 code such as FI");
	}

	@Test
	void aNewRuleSetIsValidatedTakesEffectAndOldQuotesKeepTheirVersion() {
		String admin = tokenFor(Role.ADMIN);
		var before = api().post("/api/v1/landed-cost/quotes", VANTAA_TEA, tokenFor(Role.BUYER)).json();

		long stored = jdbc.sql("select count(*) from pricing.rule_set").query(Long.class).single();
		String invalid = """
				{"format": "twinport-landed-cost-rules/1", "version": "broken", "markets": {"FI": {"currency": "EUR",
				 "taxes": [{"id": "FI-VAT", "type": "VAT", "rate": "-5", "source": "test"}]}}}""";
		var refused = api().post("/api/v1/landed-cost/rule-sets", invalid, admin);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("markets.FI.taxes[0].rate");
		assertThat(jdbc.sql("select count(*) from pricing.rule_set").query(Long.class).single()).isEqualTo(stored);

		String finland30 = """
				{"format": "twinport-landed-cost-rules/1", "version": "test-fi-30", "markets": {"FI": {"currency": "EUR",
				 "taxes": [{"id": "FI-VAT-TEST-30", "type": "VAT", "rate": "30", "source": "test rule set"}],
				 "duties": [{"id": "FI-DUTY-TEST", "rate": "0", "source": "test rule set"}]}}}""";
		var loaded = api().post("/api/v1/landed-cost/rule-sets", finland30, admin);
		assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
		try {
			var after = api().post("/api/v1/landed-cost/quotes", VANTAA_TEA, tokenFor(Role.BUYER)).json();
			assertThat(after.get("ruleSetVersion").asString()).isEqualTo("test-fi-30");
			assertThat(after.get("totals").get("tax").get("amount").asString()).isEqualTo("48.00");
			var old = api().get("/api/v1/landed-cost/quotes/" + before.get("id").asString(), tokenFor(Role.BUYER))
				.json();
			assertThat(old.get("ruleSetVersion").asString()).startsWith("demo-2026.11")
				.isEqualTo(before.get("ruleSetVersion").asString());
			assertThat(api().post("/api/v1/landed-cost/rule-sets", finland30, admin).status()).isEqualTo(400);
		}
		finally {
			// Put the demo rules back in force for the other tests sharing this database.
			String demo = api().get("/api/v1/landed-cost/rule-sets/demo-2026.11", admin).body();
			api().post("/api/v1/landed-cost/rule-sets", demo.replace("\"demo-2026.11\"", "\"demo-2026.11-again\""),
					admin);
		}
	}

}

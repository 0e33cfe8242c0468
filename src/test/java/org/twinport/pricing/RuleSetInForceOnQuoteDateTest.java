package org.twinport.pricing;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quote uses the rule set and the FX set in force on its date, and records both: the
 * bundled 2026.12 set from its validFrom on, the demo set (format 1, no date of effect)
 * before it, and the newest FX set dated on or before the quote.
 */
class RuleSetInForceOnQuoteDateTest extends IntegrationTest {

	private static final String TEA = """
			{"origin": "CN", "destination": "FI", "incoterm": "DAP", "date": "%s",
			 "items": [{"hsCode": "090210", "originCountry": "CN", "quantity": 1,
			            "unitPrice": {"amount": "%s", "currency": "USD"}, "weightKg": "0.25"}],
			 "shipping": {"amount": "10.00", "currency": "EUR"}}""";

	@Test
	void theBundledSetIsLoadedOnStartUpWithItsDateOfEffect() {
		assertThat(jdbc.sql("select valid_from::text from pricing.rule_set where version = '2026.12'")
			.query(String.class)
			.single()).isEqualTo("2026-12-07");
	}

	@Test
	void aQuoteDatedIn2025UsesTheOlderRuleSetAndTheOlderRates() {
		String admin = tokenFor(Role.ADMIN);
		String source = "rates of 2025 " + java.util.UUID.randomUUID().toString().substring(0, 8);
		var imported = api().post("/api/v1/catalog/fx/sets?source=" + source.replace(' ', '+'),
				"Date,USD,CNY\n2025-06-02,1.25,8.0\n", admin);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		try {
			var in2025 = api().post("/api/v1/landed-cost/quotes", TEA.formatted("2025-06-03", "125.00"),
					tokenFor(Role.BUYER));
			assertThat(in2025.status()).as(in2025.toString()).isEqualTo(201);
			var old = in2025.json();
			assertThat(old.get("ruleSetVersion").asString()).startsWith("demo-2026.11");
			assertThat(old.get("fxRateSetId").asString()).endsWith("@2025-06-02");
			// 125 USD at 1.25 per euro: 100.00 EUR of goods
			assertThat(old.get("totals").get("goods").get("amount").asString()).isEqualTo("100.00");
			boolean fullRate = false;
			for (var line : old.get("lines")) {
				fullRate |= line.get("ruleId").asString("").equals("FI-VAT-25.5");
			}
			assertThat(fullRate).as("the demo set has no reduced rate for food").isTrue();

			var now = api().post("/api/v1/landed-cost/quotes", TEA.formatted("2026-12-08", "108.00"),
					tokenFor(Role.BUYER)).json();
			// 2026.12, or the copy of it a tariff test loads after its own set
			assertThat(now.get("ruleSetVersion").asString()).startsWith("2026.12");
			assertThat(now.get("fxRateSetId").asString()).doesNotEndWith("@2025-06-02");
			boolean reducedRate = false;
			for (var line : now.get("lines")) {
				reducedRate |= line.get("ruleId").asString("").equals("FI-VAT-13.5-FOOD");
			}
			assertThat(reducedRate).isTrue();
		}
		finally {
			jdbc.sql("delete from catalog.fx_rate_set where source = :s").param("s", source).update();
		}
	}

	@Test
	void aQuoteDatedBeforeAnyFxSetIsAConflictNotAServerError() {
		var response = api().post("/api/v1/landed-cost/quotes", TEA.formatted("1990-01-02", "10.00"),
				tokenFor(Role.BUYER));
		assertThat(response.status()).as(response.toString()).isEqualTo(409);
		assertThat(response.body()).contains("1990-01-02").doesNotContain("Exception");
	}

}

package org.twinport.pricing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes through the API whose duty comes from the loaded US schedule (loaded at
 * start-up), under the rules in force with {@code "tariff": "US"} on the US market.
 */
class NationalTariffQuotesTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** 100 jars of Finnish honey, 0.5 kg each, under HTS 0409.00.00.35 "1.9¢/kg". */
	static final String HONEY = """
			{"origin": "FI", "destination": "US", "incoterm": "DAP", "date": "2026-12-07",
			 "items": [{"hsCode": "040900", "nationalCode": "%s", "originCountry": "FI", "quantity": 100,
			            "unitPrice": {"amount": "9.00", "currency": "USD"}, "weightKg": "0.5",
			            "description": "Lapland honey"}],
			 "shipping": {"amount": "40.00", "currency": "USD"}}""";

	@Autowired
	LineExplanations explanations;

	@Autowired
	MessageSource messages;

	@Test
	void everyBundledScheduleIsLoadedAtStartUp() {
		List<String> versions = jdbc.sql("select market || ' ' || version from pricing.tariff_schedule order by 1")
			.query(String.class)
			.list();
		assertThat(versions).contains("AU AU-S3-2026-04", "EU CET-2020", "GB UKGT-2021-01-01", "JP JP-2026-07-09",
				"US HTS-2026-rev10");
		assertThat(jdbc.sql("select count(*) from pricing.hs_code").query(Long.class).single()).isGreaterThan(5_000);
	}

	@Test
	void aUsQuoteChargesTheSpecificRateOfTheLoadedNationalLine() {
		String admin = tokenFor(Role.ADMIN);
		String inForce = api().post("/api/v1/landed-cost/quotes", HONEY.replace("\"nationalCode\": \"%s\", ", ""),
				tokenFor(Role.BUYER))
			.json()
			.get("ruleSetVersion")
			.asString();
		String document = api().get("/api/v1/landed-cost/rule-sets/" + inForce, admin).body();
		ObjectNode rules = (ObjectNode) JSON.readTree(document);
		((ObjectNode) rules.get("markets").get("US")).put("tariff", "US");
		rules.put("version", "test-us-tariff");
		var loaded = api().post("/api/v1/landed-cost/rule-sets", JSON.writeValueAsString(rules), admin);
		assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
		try {
			var response = api().post("/api/v1/landed-cost/quotes", HONEY.formatted("0409000035"),
					tokenFor(Role.BUYER));
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			JsonNode quote = response.json();
			assertThat(quote.get("ruleSetVersion").asString()).isEqualTo("test-us-tariff");
			assertThat(quote.get("tariffVersion").asString()).isEqualTo("HTS-2026-rev10");
			JsonNode duty = only(quote, "DUTY");
			// 100 × 0.5 kg = 50 kg × USD 0.019 = USD 0.95, where the rule set's example 3.5% of USD 900 was 31.50.
			assertThat(duty.get("amount").get("amount").asString()).isEqualTo("0.95");
			assertThat(quote.get("totals").get("duty").get("amount").asString()).isEqualTo("0.95");
			assertThat(duty.get("reason").asString()).isEqualTo("duty.tariff");
			assertThat(duty.get("estimate").asBoolean()).isFalse();
			assertThat(duty.get("description").asString())
				.isEqualTo("Duty 1.9¢/kg on national tariff line 0409000035 (tariff HTS-2026-rev10)");
			assertThat(duty.get("source").asString()).contains("USITC", "2026 Revision 10");
			assertThat(api().get("/api/v1/landed-cost/quotes/" + quote.get("id").asString(), tokenFor(Role.BUYER))
				.json()
				.get("tariffVersion")
				.asString()).isEqualTo("HTS-2026-rev10");
			QuoteLine line = new QuoteLine(QuoteLine.LineType.DUTY, null, null, null, null, null, null, null, 0,
					duty.get("reason").asString(), args(duty.get("args")), false);
			assertThat(explanations.explain(line, Locale.SIMPLIFIED_CHINESE))
				.isEqualTo("关税 1.9¢/kg（本国税则号列 0409000035，税则 HTS-2026-rev10）");

			// Without its national code, the lines under 0409.00 all carry 1.9¢/kg: the same duty.
			JsonNode bySubheading = api()
				.post("/api/v1/landed-cost/quotes", HONEY.replace("\"nationalCode\": \"%s\", ", ""),
						tokenFor(Role.BUYER))
				.json();
			assertThat(only(bySubheading, "DUTY").get("amount").get("amount").asString()).isEqualTo("0.95");

			var unknown = api().post("/api/v1/landed-cost/quotes", HONEY.formatted("0409000099"),
					tokenFor(Role.BUYER));
			assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
			assertThat(unknown.json().get("errors").get(0).get("field").asString())
				.isEqualTo("items[0].nationalCode");

			// A later revision loaded beside it takes over from its date, on this node at once.
			String revision = "htsno,description,general_effective,general_inherited_from\n"
					+ "0409.00.00,Natural honey,5¢/kg,\n0409.00.00.35,White or lighter,5¢/kg,0409.00.00\n";
			var uploaded = api().post("/api/v1/landed-cost/tariffs?market=US&version=test-us-2060&validFrom=2060-01-01",
					revision, admin);
			assertThat(uploaded.status()).as(uploaded.toString()).isIn(200, 201);
			JsonNode later = api()
				.post("/api/v1/landed-cost/quotes", HONEY.formatted("0409000035").replace("2026-12-07", "2060-01-02"),
						tokenFor(Role.BUYER))
				.json();
			assertThat(later.get("tariffVersion").asString()).isEqualTo("test-us-2060");
			// 50 kg × USD 0.05.
			assertThat(only(later, "DUTY").get("amount").get("amount").asString()).isEqualTo("2.50");
			assertThat(api().post("/api/v1/landed-cost/quotes", HONEY.formatted("0409000035"), tokenFor(Role.BUYER))
				.json()
				.get("tariffVersion")
				.asString()).isEqualTo("HTS-2026-rev10");

			// Milk is charged per litre, which a quote does not give: refused with the line and its rate.
			var milk = api().post("/api/v1/landed-cost/quotes",
					HONEY.formatted("0401100000").replace("\"040900\"", "\"040110\""), tokenFor(Role.BUYER));
			assertThat(milk.status()).as(milk.toString()).isEqualTo(201);
			JsonNode refusal = milk.json().get("refusals").get(0);
			assertThat(refusal.get("code").asString()).isEqualTo("TARIFF_UNIT_UNKNOWN");
			assertThat(refusal.get("message").asString()).contains("0401100000", "per litre", "0.34¢/liter");
		}
		finally {
			// Put the rules that were in force back for the other tests sharing this database.
			api().post("/api/v1/landed-cost/rule-sets",
					document.replace("\"" + inForce + "\"", "\"" + inForce + "-after-tariff-test\""), admin);
		}
	}

	@Test
	void everyTariffReasonIsWordedInBothLanguages() {
		for (String key : List.of("line.duty.tariff", "line.duty.tariff.dated", "line.duty.tariff.varies",
				"line.duty.tariff.varies.dated", "line.duty.tariff.basis", "line.duty.tariff.basis.dated",
				"line.duty.tariff.missing", "line.duty.tariff.missing.dated", "line.tariff.unit.l",
				"refusal.TARIFF_RATE_UNREADABLE", "refusal.TARIFF_RATE_MISSING", "refusal.TARIFF_UNIT_UNKNOWN",
				"refusal.TARIFF_WEIGHT_MISSING", "refusal.TARIFF_LINE_REQUIRED")) {
			String english = messages.getMessage(key, null, null, Locale.ENGLISH);
			String chinese = messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE);
			assertThat(english).as(key).isNotBlank();
			assertThat(chinese).as(key).isNotBlank().isNotEqualTo(english);
		}
	}

	private static JsonNode only(JsonNode quote, String type) {
		JsonNode found = null;
		for (JsonNode line : quote.get("lines")) {
			if (line.get("type").asString().equals(type)) {
				assertThat(found).as("one " + type + " line").isNull();
				found = line;
			}
		}
		assertThat(found).as(type).isNotNull();
		return found;
	}

	private static Map<String, String> args(JsonNode args) {
		Map<String, String> map = new LinkedHashMap<>();
		args.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
		return map;
	}

}

package org.twinport.pricing.tariff;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class TariffSchedulesTest extends IntegrationTest {

	@Autowired
	TariffSchedules schedules;

	private JsonNode loadBundledUs() {
		var response = api().post("/api/v1/landed-cost/tariffs?market=US", null, tokenFor(Role.ADMIN));
		assertThat(response.status()).as(response.toString()).isIn(200, 201);
		return response.json();
	}

	private JsonNode line(JsonNode lines, String code) {
		for (JsonNode line : lines.get("lines")) {
			if (line.get("code").asString().equals(code)) {
				return line;
			}
		}
		throw new AssertionError("No line " + code + " in " + lines);
	}

	@Test
	void theUsScheduleLoadsOnceWithItsSourceAndSpecificAndCompoundRates() {
		JsonNode loaded = loadBundledUs();
		JsonNode schedule = loaded.get("schedule");
		assertThat(schedule.get("version").asString()).isEqualTo("HTS-2026-rev10");
		assertThat(schedule.get("validFrom").asString()).isEqualTo("2026-06-09");
		assertThat(schedule.get("licence").asString()).contains("Public domain");
		assertThat(schedule.get("sourceAuthority").asString()).contains("USITC");
		assertThat(schedule.get("lineCount").asInt()).isEqualTo(29_597);
		System.out.printf("US load: %d ms%n", loaded.get("millis").asLong());

		var again = api().post("/api/v1/landed-cost/tariffs?market=US", null, tokenFor(Role.ADMIN));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("created").asBoolean()).isFalse();
		assertThat(jdbc.sql("select count(*) from pricing.tariff_schedule where market = 'US'")
			.query(Long.class)
			.single()).isEqualTo(1);

		var response = api().get("/api/v1/landed-cost/tariffs/US/lines?code=210690&date=2026-12-07",
				tokenFor(Role.BUYER));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode spirits = line(response.json(), "2106901500");
		assertThat(spirits.get("rateText").asString()).isEqualTo("8.4¢/kg + 1.9%");
		JsonNode rate = spirits.get("rate");
		assertThat(rate.get("kind").asString()).isEqualTo("COMPOUND");
		assertThat(rate.get("components").get(0).get("amount").decimalValue()).isEqualByComparingTo("0.084");
		assertThat(rate.get("components").get(0).get("currency").asString()).isEqualTo("USD");
		assertThat(rate.get("components").get(0).get("unit").asString()).isEqualTo("kg");
		assertThat(rate.get("components").get(1).get("percent").decimalValue()).isEqualByComparingTo("1.9");

		// 0101.21.00.10 "Males" has no rate of its own: it inherits Free from 0101.21.00.
		JsonNode males = line(api().get("/api/v1/landed-cost/tariffs/US/lines?code=01012100&date=2026-12-07",
				tokenFor(Role.MERCHANT)).json(), "0101210010");
		assertThat(males.get("inheritedFrom").asString()).isEqualTo("01012100");
		assertThat(males.get("rate").get("kind").asString()).isEqualTo("FREE");
		assertThat(males.get("description").asString()).isEqualTo("Males");

		// A 10-digit line inheriting a specific rate: 0201.10.05.10 under 0201.10.05 (4.4¢/kg).
		var beef = api().get("/api/v1/landed-cost/tariffs/US/lines?code=02011005&date=2026-12-07",
				tokenFor(Role.BUYER)).json();
		JsonNode parent = line(beef, "02011005");
		for (JsonNode child : beef.get("lines")) {
			if (child.get("digits").asInt() == 10 && !child.get("inheritedFrom").isNull()) {
				assertThat(child.get("inheritedFrom").asString()).isEqualTo("02011005");
				assertThat(child.get("rateText").asString()).isEqualTo(parent.get("rateText").asString());
			}
		}

		// A whole chapter is more than a product page can suggest: cut at 500 and said so.
		JsonNode chapter = api().get("/api/v1/landed-cost/tariffs/US/lines?code=01&date=2026-12-07",
				tokenFor(Role.BUYER)).json();
		assertThat(chapter.get("truncated").asBoolean()).isFalse();
		JsonNode machines = api().get("/api/v1/landed-cost/tariffs/US/lines?code=84&date=2026-12-07",
				tokenFor(Role.BUYER)).json();
		assertThat(machines.get("truncated").asBoolean()).isTrue();
		assertThat(machines.get("lines")).hasSize(TariffSchedules.MAX_LINES);

		// Before the revision's date no US schedule is in force: no lines, not a guess.
		var before = api().get("/api/v1/landed-cost/tariffs/US/lines?code=210690&date=2026-01-01",
				tokenFor(Role.BUYER)).json();
		assertThat(before.get("schedule").isNull()).isTrue();
		assertThat(before.get("lines")).isEmpty();

		long started = System.nanoTime();
		int lookups = 200;
		for (int i = 0; i < lookups; i++) {
			schedules.lines("US", "090210", LocalDate.of(2026, 12, 7));
		}
		System.out.printf("US lookup (in process, 090210): %.3f ms each%n",
				(System.nanoTime() - started) / 1e6 / lookups);
	}

	@Test
	void aLaterVersionTakesOverFromItsDate() {
		String older = "commodity,description,cet_duty_rate\n09021000,Green tea,3.2%\n09022000,Other green tea,"
				+ "\"12.80% + 303.40 EUR / 100 kg\"\n";
		String newer = "commodity,description,cet_duty_rate\n09021000,Green tea,2.0%\n";
		var first = api().post("/api/v1/landed-cost/tariffs?market=EU&version=test-2040&validFrom=2040-01-01", older,
				tokenFor(Role.ADMIN));
		assertThat(first.status()).as(first.toString()).isIn(200, 201);
		assertThat(first.json().get("schedule").get("lineCount").asInt()).isEqualTo(2);
		var second = api().post("/api/v1/landed-cost/tariffs?market=EU&version=test-2041&validFrom=2041-07-01", newer,
				tokenFor(Role.ADMIN));
		assertThat(second.status()).as(second.toString()).isIn(200, 201);

		JsonNode onOld = api().get("/api/v1/landed-cost/tariffs/EU/lines?code=0902&date=2041-06-30",
				tokenFor(Role.BUYER)).json();
		assertThat(onOld.get("schedule").get("version").asString()).isEqualTo("test-2040");
		assertThat(line(onOld, "09021000").get("rateText").asString()).isEqualTo("3.2%");
		assertThat(line(onOld, "09022000").get("rate").get("kind").asString()).isEqualTo("COMPOUND");

		JsonNode onNew = api().get("/api/v1/landed-cost/tariffs/EU/lines?code=0902&date=2041-07-01",
				tokenFor(Role.BUYER)).json();
		assertThat(onNew.get("schedule").get("version").asString()).isEqualTo("test-2041");
		assertThat(onNew.get("lines")).hasSize(1);
		assertThat(line(onNew, "09021000").get("rateText").asString()).isEqualTo("2.0%");

		var list = api().get("/api/v1/landed-cost/tariffs", tokenFor(Role.PARTNER_OFFICE));
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("test-2040", "test-2041");
	}

	@Test
	void aWholeFileIsUploadedGzippedAsAVersion() throws Exception {
		byte[] file;
		try (var in = getClass().getClassLoader()
			.getResourceAsStream("pricing/tariffs/au/au_schedule3_partial_flat.csv.gz")) {
			file = in.readAllBytes();
		}
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI
				.create(baseUrl() + "/api/v1/landed-cost/tariffs?market=AU&version=upload-2050&validFrom=2050-01-01"))
			.header("Authorization", "Bearer " + tokenFor(Role.ADMIN))
			.header("Content-Type", "application/gzip")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file))
			.build();
		var response = api().send(request);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("schedule").get("lineCount").asInt()).isEqualTo(5_668);
		assertThat(response.json().get("schedule").get("sourceDocument").asString()).startsWith("Uploaded file");
		JsonNode cheese = line(api().get("/api/v1/landed-cost/tariffs/AU/lines?code=04061000&date=2050-01-01",
				tokenFor(Role.BUYER)).json(), "04061000");
		assertThat(cheese.get("rateText").asString()).isEqualTo("$1.220/kg");
		assertThat(cheese.get("rate").get("components").get(0).get("currency").asString()).isEqualTo("AUD");
	}

	@Test
	void hs2022CodesAreCheckedForExistence() {
		JsonNode tea = api().get("/api/v1/landed-cost/hs/090210", tokenFor(Role.BUYER)).json();
		assertThat(tea.get("exists").asBoolean()).isTrue();
		assertThat(tea.get("description").asString()).containsIgnoringCase("tea");
		assertThat(tea.get("parent").asString()).isEqualTo("0902");
		// 8524 (flat panel display modules) is new in HS 2022.
		assertThat(api().get("/api/v1/landed-cost/hs/852411", tokenFor(Role.BUYER)).json().get("exists").asBoolean())
			.isTrue();
		assertThat(api().get("/api/v1/landed-cost/hs/090299", tokenFor(Role.BUYER)).json().get("exists").asBoolean())
			.isFalse();
		// Comtrade's placeholder for "not specified according to kind" is not an HS code.
		assertThat(api().get("/api/v1/landed-cost/hs/999999", tokenFor(Role.BUYER)).json().get("exists").asBoolean())
			.isFalse();
		assertThat(jdbc.sql("select count(*) from pricing.hs_code where level = 6").query(Long.class).single())
			.isEqualTo(5_612);
	}

	@Test
	void badInputNamesTheField() {
		assertField(api().get("/api/v1/landed-cost/hs/0902", tokenFor(Role.BUYER)), null);
		assertField(api().get("/api/v1/landed-cost/hs/09021", tokenFor(Role.BUYER)), "code");
		assertField(api().get("/api/v1/landed-cost/tariffs/XX/lines?code=090210", tokenFor(Role.BUYER)), "market");
		assertField(api().get("/api/v1/landed-cost/tariffs/US/lines?code=tea", tokenFor(Role.BUYER)), "code");
		assertField(api().get("/api/v1/landed-cost/tariffs/US/lines?code=090210&date=2026-13-01",
				tokenFor(Role.BUYER)), "date");
		assertField(api().get("/api/v1/landed-cost/tariffs/US/lines", tokenFor(Role.BUYER)), "code");
		assertField(api().post("/api/v1/landed-cost/tariffs?market=EU&validFrom=2040-01-01", "commodity\n1,2",
				tokenFor(Role.ADMIN)), "version");
		assertField(api().post("/api/v1/landed-cost/tariffs?market=EU&version=x", "commodity\n1,2",
				tokenFor(Role.ADMIN)), "validFrom");
		assertField(api().post("/api/v1/landed-cost/tariffs?market=EU&version=bad-layout&validFrom=2040-01-01",
				"code,rate\n09021000,3%\n", tokenFor(Role.ADMIN)), "file");
		assertThat(schedules.find("EU", "bad-layout")).isEmpty();
		assertField(api().post("/api/v1/landed-cost/tariffs?market=US&version=a%20b", null, tokenFor(Role.ADMIN)),
				"version");
		assertField(api().post("/api/v1/landed-cost/tariffs", null, tokenFor(Role.ADMIN)), "market");
	}

	private static void assertField(org.twinport.support.ApiClient.Response response, String field) {
		if (field == null) {
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			return;
		}
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}

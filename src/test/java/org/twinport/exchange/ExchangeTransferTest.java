package org.twinport.exchange;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The twinport-exchanges/1 export and import over the API: round trip, idempotence, all
 * or nothing.
 */
class ExchangeTransferTest extends IntegrationTest {

	@Test
	void exportImportsBackWithoutDuplicates() {
		String admin = tokenFor(Role.ADMIN);
		// One exchange without a code, as the forms and the API allow.
		assertThat(api().post("/api/v1/exchanges", """
				{"kind":"LETTER","title":{"en":"Transfer test letter"},"start":"2026-02","timeZone":"Europe/Helsinki",
				 "participants":[{"place":"fi-vantaa"}]}""", admin).status()).isEqualTo(201);
		Response first = api().get("/api/v1/exchanges/export", admin);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		JsonNode document = first.json();
		assertThat(document.get("format").asString()).isEqualTo("twinport-exchanges/1");
		assertThat(document.get("exchanges").toString()).contains("Transfer test letter");
		long exchanges = count("exchange.exchange");
		long donations = count("exchange.donation");
		long projects = count("exchange.project");

		Response imported = api().post("/api/v1/exchanges/import", first.body(), admin);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("exchanges").asInt()).isEqualTo(document.get("exchanges").size());
		Response again = api().post("/api/v1/exchanges/import", first.body(), admin);
		assertThat(again.status()).isEqualTo(200);
		assertThat(count("exchange.exchange")).isEqualTo(exchanges);
		assertThat(count("exchange.donation")).isEqualTo(donations);
		assertThat(count("exchange.project")).isEqualTo(projects);
		assertThat(api().get("/api/v1/exchanges/export", admin).json()).isEqualTo(document);
	}

	@Test
	void aBadEntryIsNamedAndNothingIsWritten() {
		String admin = tokenFor(Role.ADMIN);
		long exchanges = count("exchange.exchange");
		Response bad = api().post("/api/v1/exchanges/import",
				"""
						{"format":"twinport-exchanges/1","exchanges":[
						 {"code":"transfer-ok","kind":"LETTER","title":{"en":"Fine"},"start":"2026-01","timeZone":"Europe/Helsinki"},
						 {"code":"transfer-bad","kind":"LETTER","title":{"en":"Broken"},"start":"2026-01","timeZone":"Mars/Olympus"}]}
						""",
				admin);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("exchanges[1].timeZone");
		assertThat(count("exchange.exchange")).isEqualTo(exchanges);
		assertThat(api()
			.post("/api/v1/exchanges/import", "{\"format\":\"twinport-exchanges/1\"}", tokenFor(Role.PARTNER_OFFICE))
			.status()).isEqualTo(403);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

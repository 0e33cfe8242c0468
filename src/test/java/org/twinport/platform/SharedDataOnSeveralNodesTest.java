package org.twinport.platform;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rule of {@link SharedDataCaches} with a second node simulated by writing straight
 * into the database: this node uses that node's FX set or rule set within
 * {@code twinport.cache.shared-data-ttl} (1 s in the tests), and a change made through
 * its own API at once.
 */
class SharedDataOnSeveralNodesTest extends IntegrationTest {

	private static final String QUOTE = """
			{"origin": "CN", "destination": "FI", "incoterm": "DAP", "date": "2026-11-28",
			 "items": [{"hsCode": "090210", "originCountry": "CN", "quantity": 2,
			            "unitPrice": {"amount": "75.00", "currency": "USD"}, "weightKg": "0.25"}],
			 "shipping": {"amount": "10.00", "currency": "EUR"}}""";

	/**
	 * Dated after the FX sets this test writes (quotes use the set in force on their
	 * date), into China's cross-border retail regime, which needs no tariff duty.
	 */
	private static final String QUOTE_IN_2099 = """
			{"origin": "CN", "destination": "CN", "incoterm": "DDP", "date": "2099-06-01",
			 "items": [{"hsCode": "090210", "originCountry": "JP", "quantity": 2,
			            "unitPrice": {"amount": "75.00", "currency": "USD"}, "weightKg": "0.25"}],
			 "shipping": {"amount": "10.00", "currency": "EUR"}}""";

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Test
	void aRuleSetLoadedOnAnotherNodeIsUsedWithinTheTtlAndOneLoadedHereAtOnce() {
		String admin = tokenFor(Role.ADMIN);
		assertThat(quote().status()).isEqualTo(201);
		String inForce = quote().json().get("ruleSetVersion").asString();
		String document = api().get("/api/v1/landed-cost/rule-sets/" + inForce, admin).body();
		String suffix = UUID.randomUUID().toString().substring(0, 8);

		String otherNodes = "demo-2026.11-node-b-" + suffix;
		jdbc.sql("insert into pricing.rule_set (version, document, demo, loaded_by) values (:v, :d, true, 'node b')")
			.param("v", otherNodes)
			.param("d", withVersion(document, otherNodes))
			.update();
		await().atMost(WAIT).until(() -> quote().json().get("ruleSetVersion").asString().equals(otherNodes));

		String thisNodes = "demo-2026.11-node-a-" + suffix;
		Response loaded = api().post("/api/v1/landed-cost/rule-sets", withVersion(document, thisNodes), admin);
		assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
		assertThat(quote().json().get("ruleSetVersion").asString()).isEqualTo(thisNodes);
	}

	@Test
	void anFxSetWrittenOnAnotherNodeIsUsedWithinTheTtlAndOneImportedHereAtOnce() {
		String admin = tokenFor(Role.ADMIN);
		String before = quoteIn2099().json().get("fxRateSetId").asString();
		// The latest rates again under later dates, so that prices stay the same for
		// other
		// tests meanwhile.
		long latest = jdbc.sql("select id from catalog.fx_rate_set order by rate_date desc, id desc limit 1")
			.query(Long.class)
			.single();
		String source = "several nodes test " + UUID.randomUUID().toString().substring(0, 8);
		try {
			long otherNodes = jdbc.sql("""
					insert into catalog.fx_rate_set (rate_date, source, demo) values (date '2099-01-01', :s, true)
					returning id""").param("s", source + " (node b)").query(Long.class).single();
			jdbc.sql("insert into catalog.fx_rate (set_id, currency, per_eur) "
					+ "select :id, currency, per_eur from catalog.fx_rate where set_id = :latest")
				.param("id", otherNodes)
				.param("latest", latest)
				.update();
			await().atMost(WAIT)
				.until(() -> quoteIn2099().json().get("fxRateSetId").asString().equals("fx-" + otherNodes + "@2099-01-01"));

			Response imported = api().post("/api/v1/catalog/fx/sets?source=" + source.replace(' ', '+'),
					ecbCsv("2099-01-02", latest), admin);
			assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
			assertThat(quoteIn2099().json().get("fxRateSetId").asString()).endsWith("@2099-01-02");
		}
		finally {
			jdbc.sql("delete from catalog.fx_rate_set where source like :s").param("s", source + "%").update();
		}
		await().atMost(WAIT).until(() -> quoteIn2099().json().get("fxRateSetId").asString().equals(before));
	}

	private Response quote() {
		return api().post("/api/v1/landed-cost/quotes", QUOTE, tokenFor(Role.BUYER));
	}

	private Response quoteIn2099() {
		return api().post("/api/v1/landed-cost/quotes", QUOTE_IN_2099, tokenFor(Role.BUYER));
	}

	private static String withVersion(String document, String version) {
		ObjectNode json = (ObjectNode) JsonMapper.builder().build().readTree(document);
		json.put("version", version);
		return json.toString();
	}

	/** The set's rates in the ECB layout under another date. */
	private String ecbCsv(String date, long setId) {
		Map<String, String> rates = new TreeMap<>();
		jdbc.sql("select currency, per_eur::text from catalog.fx_rate where set_id = :id and currency <> 'EUR'")
			.param("id", setId)
			.query(rs -> {
				rates.put(rs.getString(1), rs.getString(2));
			});
		return "Date," + String.join(",", rates.keySet()) + "\n" + date + "," + String.join(",", rates.values()) + "\n";
	}

}

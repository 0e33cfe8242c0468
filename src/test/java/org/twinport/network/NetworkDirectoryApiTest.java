package org.twinport.network;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkDirectoryApiTest extends IntegrationTest {

	@Test
	void demoNetworkIsPublicWithPartialDatesAndCoordinates() {
		var response = api().get("/api/v1/network/partnerships?size=200");
		assertThat(response.status()).isEqualTo(200);
		Map<String, String> established = new HashMap<>();
		for (var item : response.json().get("items")) {
			var partner = item.get("partner");
			established.put(partner.get("code").asString(),
					item.get("established").isNull() ? null : item.get("established").asString());
			assertThat(partner.get("countryCode").asString()).hasSize(2);
			assertThat(item.get("demo").asBoolean()).isTrue();
		}
		assertThat(established).containsEntry("jp-wakayama", "1983-01-14")
			.containsEntry("gb-coventry", "1983")
			.containsEntry("us-sacramento", "1985-04")
			.containsEntry("ru-nizhny-novgorod", "1994-09-25")
			.containsEntry("fi-vantaa", "2001")
			.containsEntry("bg-kazanlak", null)
			.containsEntry("hu-cegled", null);
		assertThat(response.json().get("totalItems").asInt()).isEqualTo(14);
		for (String lang : new String[] { "en", "zh" }) {
			// Dated 1983-01-14, before Coventry's "1983", whatever the names' order in the language.
			assertThat(api().get("/api/v1/network/partnerships?lang=" + lang)
				.json()
				.get("items")
				.get(0)
				.get("partner")
				.get("code")
				.asString()).as(lang).isEqualTo("jp-wakayama");
		}
		var vantaa = api().get("/api/v1/network/partnerships?country=FI").json().get("items").get(0);
		assertThat(vantaa.get("partner").get("latitude").asDouble()).isBetween(60.0, 61.0);
		assertThat(vantaa.get("kind").asString()).isEqualTo("SISTER_CITY");
	}

	/** The home page's figures, public: what the directory lists that has not ended. */
	@Test
	void summaryCountsTheLiveDirectory() {
		var live = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
		api().get("/api/v1/network/partnerships?size=200").json().get("items").forEach(item -> {
			if (!item.get("status").asString().equals("ENDED")) {
				live.add(item);
			}
		});
		var summary = api().get("/api/v1/network/summary?lang=en");
		assertThat(summary.status()).isEqualTo(200);
		assertThat(summary.json().get("partnerships").asLong()).isEqualTo(live.size());
		assertThat(summary.json().get("countries").asLong())
			.isEqualTo(live.stream().map(item -> item.get("partner").get("countryCode").asString()).distinct().count());
		assertThat(summary.json().get("demo").asBoolean()).isTrue();
		assertThat(api().get("/api/v1/network/summary?lang=xx!").status()).isEqualTo(400);
	}

	@Test
	void filtersAndLanguageApply() {
		var dormant = api().get("/api/v1/network/partnerships?status=DORMANT").json();
		assertThat(dormant.get("totalItems").asInt()).isEqualTo(1);
		assertThat(dormant.get("items").get(0).get("partner").get("name").asString()).isEqualTo("Regina");
		var northAmerica = api().get("/api/v1/network/partnerships?continent=NORTH_AMERICA&lang=zh").json();
		assertThat(northAmerica.get("totalItems").asInt()).isEqualTo(2);
		assertThat(northAmerica.toString()).contains("萨克拉门托");
		var paged = api().get("/api/v1/network/partnerships?size=5&page=2").json();
		assertThat(paged.get("items").size()).isEqualTo(4);
		assertThat(paged.get("totalPages").asInt()).isEqualTo(3);
	}

	/**
	 * The last activity is kept on the partnership; a kept date that a once-future
	 * activity has overtaken is not used.
	 */
	@Test
	void lastActivityKeptOnThePartnershipRollsOverWhenAFutureActivityComesDue() {
		long place = placeId("jp-wakayama");
		long tie = jdbc
			.sql("select id from network.partnership where partner_place_id = :p and not archived order by id limit 1")
			.param("p", place)
			.query(Long.class)
			.single();
		// As the listener left it when this activity was still ahead; today it has
		// happened.
		jdbc.sql(
				"insert into network.partner_activity (exchange_id, place_id, occurred_on) values (-42, :p, current_date)")
			.param("p", place)
			.update();
		jdbc.sql("update network.partnership set next_activity_on = current_date where id = :id")
			.param("id", tie)
			.update();
		try {
			var tieJson = api().get("/api/v1/network/partnerships/" + tie).json();
			assertThat(tieJson.get("lastActivity").asString()).isEqualTo(java.time.LocalDate.now().toString());
		}
		finally {
			jdbc.sql("delete from network.partner_activity where exchange_id = -42").update();
			jdbc.sql("""
					update network.partnership s set next_activity_on = null,
					  last_activity_on = (select max(occurred_on) from network.partner_activity a
					    where a.place_id = s.partner_place_id and a.occurred_on <= current_date) where id = :id""")
				.param("id", tie)
				.update();
		}
	}

}

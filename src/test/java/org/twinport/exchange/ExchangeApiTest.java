package org.twinport.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeApiTest extends IntegrationTest {

	@Test
	void demoExchangesKeepUnknownsUnknown() {
		JsonNode conference = api().get("/api/v1/exchanges?kind=CONFERENCE_ONLINE&to=2021-12-31")
			.json()
			.get("items")
			.get(0);
		assertThat(conference.get("start").asString()).isEqualTo("2021-10");
		assertThat(conference.get("demo").asBoolean()).isTrue();
		List<String> participants = new ArrayList<>();
		conference.get("participants")
			.forEach(p -> participants.add(p.get("type").asString() + ":" + p.get("code").asString()));
		// The release names no city, but quotes the mayors of Coventry and Vantaa.
		assertThat(participants).contains("ORGANIZATION:cn-jinan-cppcc", "ORGANIZATION:cn-jinan-fao",
				"PLACE:gb-coventry", "COUNTRY:JP", "COUNTRY:KR", "COUNTRY:RU", "PLACE:fi-vantaa");

		JsonNode donations = api().get("/api/v1/donations").json();
		assertThat(donations.size()).isEqualTo(5);
		for (JsonNode donation : donations) {
			assertThat(donation.get("direction").asString()).isEqualTo("GIVEN");
			assertThat(donation.get("items").get(0).get("quantity").isNull()).isTrue();
			assertThat(donation.get("items").get(0).get("valueAmount").isNull()).isTrue();
		}

		Map<String, String> gardens = new HashMap<>();
		for (JsonNode project : api().get("/api/v1/projects").json()) {
			project.get("subProjects")
				.forEach(s -> gardens.put(s.get("partnerCode").asString(), s.get("status").asString()));
		}
		assertThat(gardens).containsEntry("bg-kazanlak", "BUILT")
			.containsEntry("lt-birstonas", "BUILT")
			.containsEntry("kh-siem-reap", "PLANNED")
			.containsEntry("fi-vantaa", "PLANNED");
	}

	@Test
	void figuresCountTheNetwork() {
		JsonNode figures = api().get("/api/v1/network/figures?dormantMonths=24").json();
		assertThat(figures.get("partners").asInt()).isGreaterThanOrEqualTo(14);
		assertThat(figures.get("continents").asInt()).isEqualTo(3);
		assertThat(figures.get("firstPartnership").get("established").asString()).isEqualTo("1983-01-14");
		assertThat(figures.get("perDecade").get("1980s").asInt()).isEqualTo(4);
		assertThat(figures.get("byKind").get("SISTER_CITY").asInt()).isEqualTo(10);
		// Vantaa's tie is known only by its year (2001): due all this year, and next year too.
		Map<String, Integer> vantaa = new HashMap<>();
		for (JsonNode anniversary : figures.get("anniversaries")) {
			if (anniversary.get("partnerCode").asString().equals("fi-vantaa")) {
				vantaa.put(anniversary.get("on").asString(), anniversary.get("years").asInt());
			}
		}
		int year = LocalDate.now().getYear();
		assertThat(vantaa).containsEntry(String.valueOf(year), year - 2001)
			.containsEntry(String.valueOf(year + 1), year + 1 - 2001);
		assertThat(figures.toString()).contains("\"partnerCode\":\"ca-regina\"");
		JsonNode masks = figures.get("sections").get("donations").get("byItem").get(0);
		assertThat(masks.get("item").asString()).isEqualTo("masks");
		assertThat(masks.get("donations").asInt()).isEqualTo(5);
		assertThat(masks.get("quantity").isNull()).isTrue();
		assertThat(masks.get("unknownQuantities").asInt()).isEqualTo(5);
		assertThat(figures.get("sections").get("donations").get("byRecipientCountry").get("IT").asInt()).isEqualTo(1);
	}

	@Test
	void lastActivityFollowsTheExchanges() {
		String admin = tokenFor(Role.ADMIN);
		var created = api().post("/api/v1/exchanges",
				"""
						{"kind":"DELEGATION_VISIT","title":{"en":"Delegation to Rennes (test)"},"start":"2025-05-10T10:00",
						 "timeZone":"Europe/Paris","isPublic":false,"participants":[{"place":"fr-rennes"},{"place":"cn-jinan","role":"ORGANIZER"}]}
						""",
				admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(rennes().get("lastActivity").asString()).isEqualTo("2025-05-10");
		assertThat(api().get("/api/v1/exchanges/" + id).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/exchanges/" + id, tokenFor(Role.PARTNER_OFFICE)).status()).isEqualTo(404);
		assertThat(api().put("/api/v1/exchanges/" + id, "{}", tokenFor(Role.PARTNER_OFFICE)).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/exchanges/" + id + "/archive", null, admin).status()).isEqualTo(204);
		assertThat(rennes().get("lastActivity").isNull()).isTrue();
		var history = api().get("/api/v1/audit?entity=exchange&id=" + id, admin).json();
		assertThat(history.get(0).get("action").asString()).isEqualTo("ARCHIVED");
		assertThat(history.get(0).get("actor").asString()).isEqualTo("admin");
		assertThat(history.get(1).get("after").get("title").asString()).isEqualTo("Delegation to Rennes (test)");
	}

	@Test
	void partnerOfficeWritesOnlyItsOwnExchanges() {
		String office = tokenFor(Role.PARTNER_OFFICE);
		var foreign = api().post("/api/v1/exchanges", """
				{"kind":"LETTER","title":{"en":"Letter to Rennes"},"start":"2025-01-02","timeZone":"Europe/Paris",
				 "participants":[{"place":"fr-rennes"}]}
				""", office);
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("participants");
		var own = api().post("/api/v1/exchanges",
				"""
						{"kind":"LETTER","title":{"en":"Letter from Coventry (test)"},"start":"2024-02-03","timeZone":"Europe/London",
						 "isPublic":false,"participants":[{"place":"gb-coventry"}]}
						""",
				office);
		assertThat(own.status()).as(own.toString()).isEqualTo(201);
		long id = own.json().get("id").asLong();
		assertThat(api().get("/api/v1/exchanges/" + id, office).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/exchanges/" + id).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/exchanges/" + id + "/archive", null, office).status()).isEqualTo(403);
		var badZone = api().post("/api/v1/exchanges",
				"""
						{"kind":"LETTER","title":{"en":"x"},"start":"2024-02-03","timeZone":"Mars/Olympus","participants":[{"place":"gb-coventry"}]}
						""",
				office);
		assertThat(badZone.status()).isEqualTo(400);
		assertThat(badZone.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
	}

	@Test
	void partnerOfficeChangesOnlyWhatIsItsOwn() {
		String office = tokenFor(Role.PARTNER_OFFICE);
		long coventry = partnershipId("gb-coventry");
		var kind = api().put("/api/v1/network/partnerships/" + coventry, "{\"kind\":\"PARTNER\"}", office);
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
		var fields = api().put("/api/v1/network/partnerships/" + coventry,
				"{\"fieldsOfCooperation\":[\"culture\",\"education\"],\"notes\":\"Twin city since autumn 1983. Mayor in 2021: John McNicholas.\"}",
				office);
		assertThat(fields.status()).as(fields.toString()).isEqualTo(200);
		assertThat(fields.json().get("fieldsOfCooperation").toString()).contains("culture", "education");
		assertThat(api()
			.put("/api/v1/network/partnerships/" + partnershipId("fr-rennes"), "{\"status\":\"ACTIVE\"}", office)
			.status()).isEqualTo(404);
		var history = api().get("/api/v1/audit?entity=partnership&id=" + coventry, tokenFor(Role.ADMIN)).json();
		assertThat(history.get(0).get("before").get("fieldsOfCooperation").size()).isZero();
		assertThat(history.get(0).get("after").get("fieldsOfCooperation").size()).isEqualTo(2);
		assertThat(history.get(0).get("actor").asString()).isEqualTo("test.partner-office");
	}

	@Test
	void personalDetailsReachOnlyStaffAndTheOwnOffice() {
		String admin = tokenFor(Role.ADMIN);
		var created = api().post("/api/v1/network/contacts", """
				{"code":"test-coventry-officer","fullName":"Test Officer","position":"International officer",
				 "place":"gb-coventry","email":"officer@example.org","languages":["en"]}
				""", admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(api().get("/api/v1/network/contacts/" + id).json().get("personal").isNull()).isTrue();
		assertThat(api().get("/api/v1/network/contacts/" + id, tokenFor(Role.BUYER)).json().get("personal").isNull())
			.isTrue();
		assertThat(api().get("/api/v1/network/contacts/" + id, tokenFor(Role.PARTNER_OFFICE))
			.json()
			.get("personal")
			.get("email")
			.asString()).isEqualTo("officer@example.org");
		var foreign = api().post("/api/v1/network/contacts", """
				{"code":"test-rennes-officer","fullName":"Someone","place":"fr-rennes"}
				""", tokenFor(Role.PARTNER_OFFICE));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("place");
		var badLanguage = api().put("/api/v1/network/contacts/" + id, """
				{"code":"test-coventry-officer","fullName":"Test Officer","place":"gb-coventry","languages":["klingon"]}
				""", admin);
		assertThat(badLanguage.status()).isEqualTo(400);
		assertThat(badLanguage.json().get("errors").get(0).get("field").asString()).isEqualTo("languages");
	}

	@Test
	void calendarShowsEachParticipantsLocalTimeWithDaylightSaving() {
		String admin = tokenFor(Role.ADMIN);
		// 25 March 2027: California is on summer time (since 14 March), the UK not yet
		// (from 28 March).
		var created = api().post("/api/v1/exchanges",
				"""
						{"code":"test-2027-online-conference","kind":"CONFERENCE_ONLINE","title":{"en":"Spring online conference (test)"},
						 "start":"2027-03-25T15:00","end":"2027-03-25T17:00","timeZone":"Asia/Shanghai",
						 "participants":[{"place":"us-sacramento"},{"place":"gb-coventry"},{"place":"fi-vantaa"}]}
						""",
				admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		JsonNode entry = null;
		for (JsonNode upcoming : api().get("/api/v1/exchanges/upcoming").json()) {
			if (upcoming.get("exchange").get("id").asLong() == id) {
				entry = upcoming;
			}
		}
		assertThat(entry).isNotNull();
		Map<String, String> local = new HashMap<>();
		entry.get("times")
			.forEach(t -> local.put(t.get("timeZone").asString(),
					t.get("start").asString() + " " + t.get("offset").asString()));
		assertThat(local).containsEntry("Asia/Shanghai", "2027-03-25T15:00 +08:00")
			.containsEntry("America/Los_Angeles", "2027-03-25T00:00 -07:00")
			.containsEntry("Europe/London", "2027-03-25T07:00 +00:00")
			.containsEntry("Europe/Helsinki", "2027-03-25T09:00 +02:00");
		var ics = api().get("/api/v1/exchanges/" + id + "/calendar.ics");
		assertThat(ics.contentType()).startsWith("text/calendar");
		assertThat(ics.body()).contains("BEGIN:VEVENT", "DTSTART:20270325T070000Z", "DTEND:20270325T090000Z",
				"SUMMARY:Spring online conference (test)", "\r\n");
		assertThat(api().get("/api/v1/exchanges/calendar.ics").body()).contains("UID:exchange-" + id + "@twinport");
	}

	@Test
	void timelineShowsExchangesAndProjectMilestones() {
		JsonNode vantaa = api().get("/api/v1/partners/fi-vantaa/timeline").json();
		assertThat(vantaa.get("timeZone").asString()).isEqualTo("Europe/Helsinki");
		assertThat(vantaa.get("entries").toString()).contains("Garden in the style of Vantaa", "PLANNED");
		JsonNode kfarSaba = api().get("/api/v1/partners/il-kfar-saba/timeline?lang=zh").json();
		assertThat(kfarSaba.get("entries").get(0).get("date").asString()).isEqualTo("2009");
		assertThat(kfarSaba.get("entries").get(0).get("type").asString()).isEqualTo("EXCHANGE");
		assertThat(api().get("/api/v1/partners/nowhere/timeline").status()).isEqualTo(404);
	}

	@Test
	void donationsAreValidated() {
		var response = api().post("/api/v1/donations", """
				{"direction":"GIVEN","status":"PLEDGED","donorPlace":"cn-jinan","recipientCountry":"IT",
				 "items":[{"item":"Masks","quantity":-5}]}
				""", tokenFor(Role.ADMIN));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].quantity");
		var currency = api().post("/api/v1/donations", """
				{"direction":"GIVEN","status":"PLEDGED","donorPlace":"cn-jinan","recipientCountry":"IT",
				 "items":[{"item":"Masks","valueAmount":100,"valueCurrency":"XYZ"}]}
				""", tokenFor(Role.ADMIN));
		assertThat(currency.json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].valueCurrency");
	}

	private JsonNode rennes() {
		return api().get("/api/v1/network/partnerships/" + partnershipId("fr-rennes")).json();
	}

	private long partnershipId(String partner) {
		return jdbc.sql(
				"select s.id from network.partnership s join network.place p on p.id = s.partner_place_id where p.code = :code")
			.param("code", partner)
			.query(Long.class)
			.single();
	}

}

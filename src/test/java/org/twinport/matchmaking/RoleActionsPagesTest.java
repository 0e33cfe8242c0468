package org.twinport.matchmaking;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matchmaking pages offer each role (and each party to a request) only what it may do:
 * the requested company answers a meeting request, the requester waits for the answer;
 * the company pages are in the menu of companies only.
 */
class RoleActionsPagesTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	@Test
	void onlyTheRequestedCompanyIsOfferedAcceptAndDecline() {
		String admin = tokenFor(Role.ADMIN);
		assertThat(api().put(MM + "/companies/me", """
				{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
				 "buysHs": ["0902"], "seeks": ["SUPPLIER"], "languages": ["ja", "en"]}""", tokenFor(Role.BUYER))
			.status()).isEqualTo(200);
		long merchant = api().get(MM + "/companies/me", tokenFor(Role.MERCHANT)).json().get("id").asLong();
		long buyer = api().get(MM + "/companies/me", tokenFor(Role.BUYER)).json().get("id").asLong();
		long session = api().post(MM + "/sessions", draft(exchange(admin)), admin).json().get("id").asLong();
		for (long company : new long[] { merchant, buyer }) {
			Response enrolled = api().post(MM + "/sessions/" + session + "/participants",
					"{\"companyId\": " + company + ", \"availability\": []}", admin);
			assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(200);
		}
		Response request = api().post(MM + "/sessions/" + session + "/requests", "{\"toCompanyId\":" + buyer + "}",
				tokenFor(Role.MERCHANT));
		assertThat(request.status()).as(request.toString()).isEqualTo(201);
		String answer = "/matchmaking/requests/" + request.json().get("id").asLong() + "/answer";
		String page = "/matchmaking/sessions/" + session + "?lang=en";

		String requester = signedIn(Role.MERCHANT).get(page).body();
		assertThat(requester).as("the requester waits").contains("Waiting for their answer").doesNotContain(answer);
		assertThat(signedIn(Role.MERCHANT).get("/matchmaking/sessions/" + session + "?lang=zh-CN").body())
			.contains("等待对方答复");
		assertThat(requests(requester)).doesNotContain(">Accept<").doesNotContain(">Decline<");
		String requested = signedIn(Role.BUYER).get(page).body();
		assertThat(requested).as("the requested company answers")
			.contains(answer)
			.doesNotContain("Waiting for their answer");
		assertThat(requests(requested)).contains(">Accept<").contains(">Decline<");
		String staff = signedIn(Role.ADMIN).get(page).body();
		assertThat(staff).doesNotContain(answer).doesNotContain("Waiting for their answer");

		assertThat(participant(requester, "Wakayama Tea Importers (test)"))
			.as("a company may request a meeting with another")
			.contains("Request a meeting");
		assertThat(participant(requested, "Wakayama Tea Importers (test)"))
			.as("but is not offered a meeting with itself")
			.doesNotContain("Request a meeting");
	}

	@Test
	void companyPagesAreInTheMenuOfCompaniesOnly() {
		for (Role role : Role.values()) {
			WebSession session = signedIn(role);
			String home = session.get("/matchmaking?lang=en").body();
			boolean company = role == Role.MERCHANT || role == Role.BUYER;
			for (String link : new String[] { "/matchmaking/profile", "/matchmaking/suggestions" }) {
				if (company) {
					assertThat(home).as(role + " is offered " + link).contains("href=\"" + link + "\"");
				}
				else {
					assertThat(home).as(role + " is not offered " + link).doesNotContain("href=\"" + link + "\"");
					assertThat(session.get(link).statusCode()).as(role + " may not open " + link).isEqualTo(403);
				}
			}
			assertThat(home).contains("href=\"/matchmaking/rfqs\"");
		}
	}

	private WebSession signedIn(Role role) {
		return WebSession.signedIn(baseUrl(), usernameFor(role), passwordFor(role));
	}

	private static String requests(String page) {
		int start = page.indexOf("id=\"requests\"");
		assertThat(start).isPositive();
		return page.substring(start, page.indexOf("</table>", start));
	}

	private static String participant(String page, String name) {
		int list = page.indexOf("id=\"participants\"");
		int start = page.indexOf(name, list);
		assertThat(start).as(name + " among the participants").isGreaterThan(list);
		int end = page.indexOf("</li>", start);
		return page.substring(start, end);
	}

	private long exchange(String admin) {
		Response exchange = api().post("/api/v1/exchanges", """
				{"kind":"CONFERENCE_ONLINE","title":{"en":"Role actions test %s"},"start":"2026-10-20T09:00",
				 "timeZone":"Europe/London","isPublic":false,"participants":[{"place":"gb-coventry"}]}"""
			.formatted(UUID.randomUUID()), admin);
		assertThat(exchange.status()).as(exchange.toString()).isEqualTo(201);
		return exchange.json().get("id").asLong();
	}

	private static String draft(long exchange) {
		return """
				{"exchangeId": %d, "name": "Role actions %s", "timeZone": "Europe/London",
				 "days": [{"date": "2026-10-20", "start": "09:00", "end": "11:00"}], "slotMinutes": 20, "breakMinutes": 10,
				 "requestMode": "APPROVAL", "maxMeetingsPerParticipant": 6, "rooms": [{"name": "Table 1", "capacity": 2}]}"""
			.formatted(exchange, UUID.randomUUID().toString().substring(0, 8));
	}

}

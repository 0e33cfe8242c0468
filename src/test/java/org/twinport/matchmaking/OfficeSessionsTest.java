package org.twinport.matchmaking;

import java.net.http.HttpResponse;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offices' side of sessions, through the pages and the API: a partner office manages
 * the sessions of exchanges its place (Coventry) takes part in and no other; settings,
 * participants, scheduler report, metrics and blocked pairs.
 */
class OfficeSessionsTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	@Test
	void aPartnerOfficeRunsASessionOfItsExchangeFromThePages() {
		String admin = tokenFor(Role.ADMIN);
		long ours = exchange("gb-coventry", admin);
		long theirs = exchange("fi-vantaa", admin);
		String officeToken = tokenFor(Role.PARTNER_OFFICE);

		Response refused = api().post(MM + "/sessions", draft(theirs, "Not ours"), officeToken);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.body()).contains("exchangeId");
		long adminSession = api().post(MM + "/sessions", draft(theirs, "Vantaa desk"), admin).json().get("id").asLong();
		assertThat(api().post(MM + "/sessions/" + adminSession + "/schedule", null, officeToken).status())
			.isEqualTo(404);
		assertThat(api().get(MM + "/sessions/" + adminSession + "/metrics", officeToken).status()).isEqualTo(404);

		WebSession office = WebSession.signedIn(baseUrl(), usernameFor(Role.PARTNER_OFFICE),
				passwordFor(Role.PARTNER_OFFICE));
		assertThat(office.get("/matchmaking/office/sessions/" + adminSession).statusCode()).isEqualTo(404);
		String name = "Coventry B2B desk " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = office.postForm("/matchmaking/office/sessions",
				"exchangeId=" + ours + "&name=" + name.replace(' ', '+')
						+ "&timeZone=Europe%2FLondon&days=2026-10-20+09%3A00-10%3A00&slotMinutes=20&breakMinutes=10"
						+ "&requestMode=APPROVAL&maxMeetings=4&rooms=Table+1%3A+1");
		assertThat(created.statusCode()).isEqualTo(302);
		String page = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(page).matches("/matchmaking/office/sessions/\\d+");
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		String html = office.get(page).body();
		assertThat(html).as("the days as date and time pickers show them").contains(name)
			.contains("value=\"2026-10-20\"")
			.contains("value=\"09:00\"")
			.contains("value=\"09:50\"")
			.contains("Table 1: 1");
		assertThat(html).as("never run: no report").doesNotContain("id=\"schedule-report\"").contains("id=\"no-meetings\"");
		assertThat(office.get("/matchmaking/office").body()).contains(name).doesNotContain("Vantaa desk");
		assertThat(office.get("/matchmaking/office?lang=zh").body()).contains("您管理的洽谈场次").contains(name);

		// Before any meeting the slots may be cut anew: 30 minutes, no break, two slots.
		HttpResponse<String> saved = office.postForm(page,
				"name=" + name.replace(' ', '+')
						+ "&timeZone=Europe%2FLondon&days=2026-10-20+09%3A00-10%3A00&slotMinutes=30&breakMinutes=0"
						+ "&requestMode=APPROVAL&maxMeetings=4&rooms=Table+1%3A+1%0ATable+2%3A+1");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(office.get(page + "?lang=en").body()).contains("id=\"saved\"").contains("value=\"10:00\"");
		JsonNode session = api().get(MM + "/sessions/" + id, officeToken).json();
		assertThat(session.get("slots")).hasSize(2);
		assertThat(session.get("rooms")).hasSize(2);
		assertThat(office.get("/matchmaking?lang=en").body()).contains("(London Time, 2 slots)");
		assertThat(office.get("/matchmaking?lang=zh").body()).as("the session list in words")
			.contains("（伦敦时间，2 个时段）");
		office.get("/matchmaking?lang=en");

		// Participants, added by the office with availability (overlaps merged).
		long merchant = api().get(MM + "/companies/me", tokenFor(Role.MERCHANT)).json().get("id").asLong();
		assertThat(api().put(MM + "/companies/me", """
				{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
				 "buysHs": ["0902"], "seeks": ["SUPPLIER"], "languages": ["ja", "en"]}""", tokenFor(Role.BUYER))
			.status()).isEqualTo(200);
		long buyer = api().get(MM + "/companies/me", tokenFor(Role.BUYER)).json().get("id").asLong();
		assertThat(office
			.postForm(page + "/participants", "companyId=" + merchant
					+ "&availability=2026-10-20T09%3A00%2F2026-10-20T09%3A40%0A2026-10-20T09%3A30%2F2026-10-20T10%3A00")
			.statusCode()).isEqualTo(302);
		Response bad = api().post(MM + "/sessions/" + id + "/participants", """
				{"companyId": %d, "availability": [{"from": "2026-10-20T10:00", "to": "2026-10-20T09:00"}]}"""
			.formatted(buyer), officeToken);
		assertThat(bad.status()).as("an impossible window").isEqualTo(400);
		Response enrolled = api().post(MM + "/sessions/" + id + "/participants",
				"{\"companyId\": " + buyer + ", \"availability\": []}", officeToken);
		assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(200);
		JsonNode participants = api().get(MM + "/sessions/" + id + "/participants", officeToken).json();
		JsonNode merchantWindows = null;
		for (JsonNode p : participants) {
			if (p.get("companyId").asLong() == merchant) {
				merchantWindows = p.get("windows");
			}
		}
		assertThat(merchantWindows).as("overlapping windows merged into one").hasSize(1);
		assertThat(merchantWindows.get(0).get("from").asString()).startsWith("2026-10-20T09:00");
		assertThat(merchantWindows.get(0).get("to").asString()).startsWith("2026-10-20T10:00");

		// A request accepted, then the scheduler from the page, and its report.
		Response request = api().post(MM + "/sessions/" + id + "/requests", "{\"toCompanyId\":" + buyer + "}",
				tokenFor(Role.MERCHANT));
		assertThat(request.status()).as(request.toString()).isEqualTo(201);
		assertThat(api()
			.post(MM + "/requests/" + request.json().get("id").asLong() + "/answer", "{\"accept\":true}",
					tokenFor(Role.BUYER))
			.status()).isEqualTo(200);
		assertThat(office.postForm(page + "/schedule", "").statusCode()).isEqualTo(302);
		String report = office.get(page).body();
		assertThat(report).contains("id=\"r-accepted\">1<")
			.contains("id=\"r-placed\">1<")
			.contains("id=\"r-bound\">1<")
			.contains("Proven the best possible schedule, in ")
			.doesNotContain("OPTIMAL");
		assertThat(office.postForm(page + "/schedule", "").statusCode()).isEqualTo(302);
		assertThat(office.get(page + "?lang=zh").body()).as("a re-run moves nothing")
			.contains("id=\"r-moved\">0<")
			.contains("已证明为最优排程，用时")
			.doesNotContain("OPTIMAL");
		// The report stays on reload, with the meeting the office can read, and the master grid.
		String reloaded = office.get(page + "?lang=en").body();
		assertThat(reloaded).contains("id=\"r-accepted\">1<").contains("id=\"r-placed\">1<")
			.contains("id=\"office-meetings\"")
			.contains("<td>Table 1</td>")
			.contains("Wakayama Tea Importers (test)")
			.doesNotContain("id=\"no-meetings\"");
		String grid = office.get(page + "/grid?lang=en").body();
		assertThat(grid).contains("Master grid: " + name)
			.contains("id=\"print-grid\"")
			.contains("2026-10-20 09:00")
			.contains("2026-10-20 09:30")
			.as("the merchant's row names its counterpart and the table")
			.containsPattern("<span>Wakayama Tea Importers \\(test\\)</span>\\s*<br><small>Table \\d</small>");
		assertThat(office.get(page + "/grid?lang=zh-CN").body()).contains("总排程表：" + name).contains("打印");
		HttpResponse<String> staffAgenda = WebSession.signedIn(baseUrl(), "admin", passwordFor(Role.ADMIN))
			.get("/matchmaking/sessions/" + id + "/agenda");
		assertThat(staffAgenda.statusCode()).as("ADMIN reads the agendas on the grid").isEqualTo(302);
		assertThat(staffAgenda.headers().firstValue("Location").orElseThrow()).endsWith(page + "/grid");
		office.get(page + "?lang=en");

		// Now that meetings are placed the slots stay; the request mode may still change.
		Response reslot = api().put(MM + "/sessions/" + id,
				"""
						{"name": "%s", "slotMinutes": 20, "rooms": [{"name": "Table 1", "capacity": 1}, {"name": "Table 2", "capacity": 1}]}"""
					.formatted(name),
				officeToken);
		assertThat(reslot.status()).as(reslot.toString()).isEqualTo(409);
		Response mode = api().put(MM + "/sessions/" + id,
				"""
						{"name": "%s", "requestMode": "AUTOMATIC", "rooms": [{"name": "Table 1", "capacity": 1}, {"name": "Table 2", "capacity": 1}]}"""
					.formatted(name),
				officeToken);
		assertThat(mode.status()).as(mode.toString()).isEqualTo(200);
		assertThat(mode.json().get("requestMode").asString()).isEqualTo("AUTOMATIC");

		String metrics = office.get(page + "/metrics").body();
		assertThat(metrics).contains("id=\"m-sent\">1<")
			.contains("id=\"m-accepted\">1<")
			.contains("id=\"m-scheduled\">1<")
			.contains("id=\"m-held\">0<")
			.contains("id=\"m-agreements\">0<");
		assertThat(office.get(page + "/metrics?lang=zh").body()).contains("缺席率").contains("已签协议");
		assertThat(office.get(page + "?lang=zh").body()).contains("运行排程");
	}

	@Test
	void aPartnerOfficeBlocksOnlyPairsWithACompanyOfItsPlace() {
		String admin = tokenFor(Role.ADMIN);
		long coventry = company("Coventry Gears " + UUID.randomUUID(), "gb-coventry", admin);
		long vantaa = company("Vantaa Oats " + UUID.randomUUID(), "fi-vantaa", admin);
		long jinan = company("Jinan Tools " + UUID.randomUUID(), "cn-jinan", admin);
		WebSession office = WebSession.signedIn(baseUrl(), usernameFor(Role.PARTNER_OFFICE),
				passwordFor(Role.PARTNER_OFFICE));
		office.postForm("/matchmaking/office/blocked-pairs", "companyA=" + vantaa + "&companyB=" + jinan);
		assertThat(office.get("/matchmaking/office?lang=zh").body()).as("said in the reader's language")
			.contains("未保存：企业：两家企业都不在贵地；办事处只能屏蔽其中一家位于本地的企业组合");
		office.postForm("/matchmaking/office/blocked-pairs", "companyA=" + vantaa + "&companyB=" + jinan);
		assertThat(office.get("/matchmaking/office?lang=en").body()).as("said in words, both choices kept")
			.contains("Not saved: Company: neither company is based in your place; an office blocks only pairs"
					+ " with a company of its own place")
			.contains("<option value=\"" + vantaa + "\" selected=\"selected\">")
			.contains("<option value=\"" + jinan + "\" selected=\"selected\">");
		assertThat(office.postForm("/matchmaking/office/blocked-pairs", "companyA=" + coventry + "&companyB=" + jinan)
			.statusCode()).isEqualTo(302);
		String page = office.get("/matchmaking/office").body();
		assertThat(page).contains("id=\"blocked-pairs\"").contains("Coventry Gears");
		assertThat(api().get(MM + "/blocked-pairs", admin).body())
			.contains("\"companyA\":" + Math.min(coventry, jinan));
		assertThat(api().get(MM + "/blocked-pairs", tokenFor(Role.PARTNER_OFFICE)).body())
			.doesNotContain("Vantaa Oats");
		assertThat(
				api().delete(MM + "/blocked-pairs/" + coventry + "/" + jinan, tokenFor(Role.PARTNER_OFFICE)).status())
			.isEqualTo(204);
		assertThat(api().get(MM + "/blocked-pairs", admin).body()).doesNotContain("Coventry Gears");
	}

	private long exchange(String place, String admin) {
		Response exchange = api().post("/api/v1/exchanges", """
				{"kind":"CONFERENCE_ONLINE","title":{"en":"Matchmaking office test %s"},"start":"2026-10-20T09:00",
				 "timeZone":"Europe/London","isPublic":false,"participants":[{"place":"%s"}]}"""
			.formatted(UUID.randomUUID(), place), admin);
		assertThat(exchange.status()).as(exchange.toString()).isEqualTo(201);
		return exchange.json().get("id").asLong();
	}

	private long company(String name, String place, String admin) {
		Response created = api().post(MM + "/companies", """
				{"name": "%s", "placeCode": "%s", "size": "SMALL", "seeks": ["SUPPLIER"], "languages": ["en"]}"""
			.formatted(name, place), admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static String draft(long exchange, String name) {
		return """
				{"exchangeId": %d, "name": "%s", "timeZone": "Europe/London",
				 "days": [{"date": "2026-10-20", "start": "09:00", "end": "11:00"}], "slotMinutes": 20, "breakMinutes": 10,
				 "requestMode": "APPROVAL", "maxMeetingsPerParticipant": 6, "rooms": [{"name": "Table 1", "capacity": 2}]}"""
			.formatted(exchange, name);
	}

}

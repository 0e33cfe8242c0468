package org.twinport.matchmaking;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session at the demo online conference: joining, requests, the scheduler, agendas,
 * outcomes and metrics.
 */
class MeetingSessionApiTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	@Test
	void requestScheduleAgendaAndOutcomes() {
		long exchange = jdbc.sql("select id from exchange.exchange where code = 'jinan-2021-10-online-conference'")
			.query(Long.class)
			.single();
		String admin = tokenFor(Role.ADMIN);
		Response bad = api().post(MM + "/sessions", session(exchange, "\"end\": \"08:00\""), admin);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("days[0].end");
		Response created = api().post(MM + "/sessions", session(exchange, "\"end\": \"17:00\""), admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode session = created.json();
		long id = session.get("id").asLong();
		// 15:00-17:00 in 20-minute slots with 10-minute breaks: 15:00, 15:30, 16:00,
		// 16:30
		assertThat(session.get("slots").size()).isEqualTo(4);
		assertThat(session.get("slots").get(0).get("local").asString()).isEqualTo("2026-10-20 15:00");

		String merchant = tokenFor(Role.MERCHANT);
		String buyer = tokenFor(Role.BUYER);
		api().put(MM + "/companies/me",
				"""
						{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL", "buysHs": ["0902"],
						 "seeks": ["SUPPLIER"], "languages": ["ja", "en"]}""",
				buyer);
		Response impossible = api().put(MM + "/sessions/" + id + "/participants/me", """
				{"availability": [{"from": "2026-10-20T15:00", "to": "2026-10-20T16:00"},
				                  {"from": "2026-10-20T16:00", "to": "2026-10-20T15:30"}]}""", merchant);
		assertThat(impossible.status()).isEqualTo(400);
		assertThat(impossible.body()).contains("availability[1].to");
		Response joined = api().put(MM + "/sessions/" + id + "/participants/me", """
				{"availability": [{"from": "2026-10-20T15:00", "to": "2026-10-20T15:40"},
				                  {"from": "2026-10-20T15:30", "to": "2026-10-20T16:30"}]}""", merchant);
		assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
		assertThat(joined.json().get("windows").size()).as("overlapping windows merged").isEqualTo(1);
		assertThat(joined.json().get("windows").get(0).get("to").asString()).startsWith("2026-10-20T16:30");
		assertThat(api().put(MM + "/sessions/" + id + "/participants/me", """
				{"availability": [{"from": "2026-10-20T16:00", "to": "2026-10-20T17:00"}]}""", buyer).status())
			.isEqualTo(200);
		long merchantCompany = api().get(MM + "/companies/me", merchant).json().get("id").asLong();
		long buyerCompany = api().get(MM + "/companies/me", buyer).json().get("id").asLong();

		Response onBehalf = api().post(MM + "/sessions/" + id + "/requests",
				"{\"fromCompanyId\":" + buyerCompany + ",\"toCompanyId\":" + buyerCompany + "}", merchant);
		assertThat(onBehalf.status()).as("a company cannot request on another's behalf").isEqualTo(403);
		Response request = api().post(MM + "/sessions/" + id + "/requests",
				"{\"toCompanyId\":" + buyerCompany + ",\"message\":\"Tea tasting?\"}", merchant);
		assertThat(request.status()).as(request.toString()).isEqualTo(201);
		long requestId = request.json().get("id").asLong();
		assertThat(request.json().get("status").asString()).isEqualTo("REQUESTED");
		assertThat(api().post(MM + "/requests/" + requestId + "/answer", "{\"accept\":true}", merchant).status())
			.as("the sender cannot accept its own request")
			.isEqualTo(403);
		assertThat(api().post(MM + "/requests/" + requestId + "/answer", "{\"accept\":true}", buyer)
			.json()
			.get("status")
			.asString()).isEqualTo("ACCEPTED");

		Response report = api().post(MM + "/sessions/" + id + "/schedule", null, admin);
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		assertThat(report.json().get("placed").asInt()).isEqualTo(1);
		assertThat(report.json().get("upperBound").asLong()).isEqualTo(1);

		JsonNode agenda = api().get(MM + "/sessions/" + id + "/agenda", merchant).json();
		assertThat(agenda.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		JsonNode item = agenda.get("items").get(0);
		// Both are free at 16:00 Jinan (the merchant until 16:30, the buyer from 16:00):
		// 17:00 in Wakayama
		assertThat(item.get("localStart").asString()).isEqualTo("2026-10-20 16:00");
		assertThat(item.get("counterpartLocalStart").asString()).isEqualTo("2026-10-20 17:00");
		assertThat(item.get("counterpartTimeZone").asString()).isEqualTo("Asia/Tokyo");
		Response ics = api().get(MM + "/sessions/" + id + "/agenda.ics", buyer);
		assertThat(ics.contentType()).startsWith("text/calendar");
		assertThat(ics.body()).contains("BEGIN:VEVENT").contains("DTSTART:20261020T080000Z");

		Response again = api().post(MM + "/sessions/" + id + "/schedule", null, admin);
		assertThat(again.json().get("moved").asInt()).as("a re-run keeps meetings where they are").isZero();

		Response held = api().post(MM + "/requests/" + requestId + "/outcome",
				"{\"outcome\":\"HELD\",\"agreementSigned\":true}", merchant);
		assertThat(held.status()).as(held.toString()).isEqualTo(204);
		assertThat(
				api().post(MM + "/requests/" + requestId + "/outcome", "{\"outcome\":\"FOLLOW_UP\"}", buyer).status())
			.isEqualTo(204);
		JsonNode metrics = api().get(MM + "/sessions/" + id + "/metrics", admin).json();
		assertThat(metrics.get("requestsSent").asLong()).isEqualTo(1);
		assertThat(metrics.get("scheduled").asLong()).isEqualTo(1);
		assertThat(metrics.get("held").asLong()).isEqualTo(1);
		assertThat(metrics.get("noShowRate").asDouble()).isZero();
		assertThat(metrics.get("agreementsSigned").asLong()).isEqualTo(1);
		assertThat(api().get(MM + "/sessions/" + id + "/metrics", merchant).status()).isEqualTo(403);
		assertThat(merchantCompany).isNotEqualTo(buyerCompany);
	}

	private static String session(long exchange, String end) {
		return """
				{"exchangeId": %d, "name": "Tea and food B2B meetings (test)", "timeZone": "Asia/Shanghai",
				 "days": [{"date": "2026-10-20", "start": "15:00", %s}], "slotMinutes": 20, "breakMinutes": 10,
				 "requestMode": "APPROVAL", "maxMeetingsPerParticipant": 3,
				 "rooms": [{"name": "Virtual room A", "capacity": 2}]}""".formatted(exchange, end);
	}

}

package org.twinport.matchmaking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler places no meeting outside a participant's working hours in its own
 * place's zone: a Jinan afternoon is midnight in Sacramento.
 */
class WorkingHoursSchedulingTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	private static final ZoneId SACRAMENTO = ZoneId.of("America/Los_Angeles");

	@Test
	void aSacramentoCompanyMeetsAJinanOneOnlyInItsOwnWorkingDay() {
		String admin = tokenFor(Role.ADMIN);
		long exchange = jdbc.sql("select id from exchange.exchange where code = 'jinan-2021-10-online-conference'")
			.query(Long.class)
			.single();
		long sacramento = company("us-sacramento");
		long jinan = company("cn-jinan");
		// 15:00-17:00 in Jinan is 00:00-02:00 in Sacramento; the next morning's 08:00-09:00
		// is 17:00-18:00 the day before there.
		Response created = api().post(MM + "/sessions", """
				{"exchangeId": %d, "name": "Across the Pacific (test)", "timeZone": "Asia/Shanghai",
				 "days": [{"date": "2026-10-20", "start": "15:00", "end": "17:00"},
				          {"date": "2026-10-21", "start": "08:00", "end": "09:00"}],
				 "slotMinutes": 20, "breakMinutes": 10, "requestMode": "APPROVAL", "maxMeetingsPerParticipant": 3,
				 "rooms": [{"name": "Virtual room A", "capacity": 2}]}""".formatted(exchange), admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long session = created.json().get("id").asLong();
		for (long company : new long[] { sacramento, jinan }) {
			Response joined = api().post(MM + "/sessions/" + session + "/participants",
					"{\"companyId\": " + company + ", \"availability\": []}", admin);
			assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
		}
		Response request = api().post(MM + "/sessions/" + session + "/requests",
				"{\"fromCompanyId\": " + jinan + ", \"toCompanyId\": " + sacramento + "}", admin);
		assertThat(request.status()).as(request.toString()).isEqualTo(201);
		assertThat(api().post(MM + "/requests/" + request.json().get("id").asLong() + "/answer", "{\"accept\":true}",
				admin)
			.status()).isEqualTo(200);

		Response report = api().post(MM + "/sessions/" + session + "/schedule", null, admin);
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		assertThat(report.json().get("placed").asInt()).isEqualTo(1);
		LocalDateTime local = meetingStartIn(session, SACRAMENTO);
		assertThat(local.toLocalTime()).as("Sacramento's local start " + local)
			.isBetween(LocalTime.of(8, 0), LocalTime.of(17, 40));
		assertThat(local.toLocalDate()).hasToString("2026-10-20");

		// The demo company's facets are put back afterwards: other tests read them.
		String facets = jdbc.sql("select facets::text from matchmaking.company where id = :id")
			.param("id", sacramento)
			.query(String.class)
			.single();
		// The company's own hours, as its profile says them: starting at 17:30 leaves only
		// the last slot.
		String profile = """
				{"name": "Sample Sacramento Specialty Foods (demo)", "placeCode": "us-sacramento", "size": "SMALL",
				 "workStarts": "%s", "workEnds": "%s"}""";
		Response unreadable = api().put(MM + "/companies/" + sacramento, profile.formatted("25:00", "18:00"), admin);
		assertThat(unreadable.status()).as(unreadable.toString()).isEqualTo(400);
		assertThat(unreadable.json().get("errors").get(0).get("field").asString()).isEqualTo("workStarts");
		Response backwards = api().put(MM + "/companies/" + sacramento, profile.formatted("18:00", "08:00"), admin);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("workEnds");
		try {
			Response late = api().put(MM + "/companies/" + sacramento, profile.formatted("17:30", "18:00"), admin);
			assertThat(late.status()).as(late.toString()).isEqualTo(200);
			assertThat(late.json().get("workStarts").asString()).isEqualTo("17:30");
			assertThat(api().post(MM + "/sessions/" + session + "/schedule", null, admin).json().get("placed").asInt())
				.isEqualTo(1);
			assertThat(meetingStartIn(session, SACRAMENTO)).hasToString("2026-10-20T17:30");
			// Ending at 17:00 leaves none at all: the request stays unplaced rather than at midnight.
			jdbc.sql("update matchmaking.company set work_starts = '08:00', work_ends = '17:00' where id = :id")
				.param("id", sacramento)
				.update();
			JsonNode none = api().post(MM + "/sessions/" + session + "/schedule", null, admin).json();
			assertThat(none.get("placed").asInt()).isZero();
			assertThat(none.get("unplaced").asInt()).isEqualTo(1);
		}
		finally {
			jdbc.sql("""
					update matchmaking.company set work_starts = '08:00', work_ends = '18:00', facets = cast(:facets as jsonb),
					  updated_at = now()
					where id = :id""").param("facets", facets).param("id", sacramento).update();
		}
	}

	private long company(String placeCode) {
		return jdbc.sql("""
				select c.id from matchmaking.company c join network.place p on p.id = c.place_id
				where p.code = :code order by c.demo desc, c.id limit 1""")
			.param("code", placeCode)
			.query(Long.class)
			.single();
	}

	private LocalDateTime meetingStartIn(long session, ZoneId zone) {
		int slot = jdbc.sql("select slot_idx from matchmaking.meeting where session_id = :s")
			.param("s", session)
			.query(Integer.class)
			.single();
		JsonNode slots = api().get(MM + "/sessions/" + session, tokenFor(Role.ADMIN)).json().get("slots");
		for (JsonNode s : slots) {
			if (s.get("index").asInt() == slot) {
				return LocalDateTime.ofInstant(Instant.parse(s.get("startsAt").asString()), zone);
			}
		}
		throw new AssertionError("no slot " + slot);
	}

}

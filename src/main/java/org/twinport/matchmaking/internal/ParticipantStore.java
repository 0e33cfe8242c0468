package org.twinport.matchmaking.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.matchmaking.Window;

/** The companies in each session, with their availability windows. */
@Component
class ParticipantStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ParticipantStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Adds the company to the session, or replaces its availability. */
	void join(long sessionId, long companyId, List<Window> windows) {
		jdbc.sql(
				"""
						insert into matchmaking.participant (session_id, company_id, availability) values (:s, :c, cast(:a as jsonb))
						on conflict (session_id, company_id) do update set availability = excluded.availability""")
			.param("s", sessionId)
			.param("c", companyId)
			.param("a", json.writeValueAsString(windows))
			.update();
	}

	boolean isParticipant(long sessionId, long companyId) {
		return jdbc.sql("select count(*) from matchmaking.participant where session_id = :s and company_id = :c")
			.param("s", sessionId)
			.param("c", companyId)
			.query(Long.class)
			.single() > 0;
	}

	/** Participants as company id and availability windows, in join order. */
	List<Object[]> availability(long sessionId) {
		List<Object[]> out = new ArrayList<>();
		jdbc.sql(
				"select company_id, availability from matchmaking.participant where session_id = :s order by joined_at, company_id")
			.param("s", sessionId)
			.query(rs -> {
				out.add(new Object[] { rs.getLong(1),
						json.readValue(rs.getString(2), new TypeReference<List<Window>>() {
						}) });
			});
		return out;
	}

}

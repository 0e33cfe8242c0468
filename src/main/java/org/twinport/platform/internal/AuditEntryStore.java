package org.twinport.platform.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.platform.AuditTrail;

/** The audit trail's one table, {@code platform.audit_entry}: appends entries and reads them back. */
@Service
class AuditEntryStore implements AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditEntryStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String entity, long entityId, Action action, @Nullable Object before,
			@Nullable Object after) {
		jdbc.sql("""
				insert into platform.audit_entry (actor, entity, entity_id, action, old_value, new_value)
				values (:actor, :entity, :id, :action, cast(:old as jsonb), cast(:new as jsonb))
				""")
			.param("actor", actor)
			.param("entity", entity)
			.param("id", entityId)
			.param("action", action.name())
			.param("old", before == null ? null : json.writeValueAsString(before))
			.param("new", after == null ? null : json.writeValueAsString(after))
			.update();
	}

	@Override
	public List<Entry> history(@Nullable String entity, @Nullable Long entityId, int limit) {
		return jdbc
			.sql("""
					select id, at, actor, entity, entity_id, action, old_value::text as old_value, new_value::text as new_value
					from platform.audit_entry
					where (cast(:entity as text) is null or entity = :entity) and (cast(:id as bigint) is null or entity_id = :id)
					order by at desc, id desc limit :limit
					""")
			.param("entity", entity)
			.param("id", entityId)
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("entity"), rs.getLong("entity_id"),
					Action.valueOf(rs.getString("action")), tree(rs.getString("old_value")),
					tree(rs.getString("new_value"))))
			.list();
	}

	private @Nullable JsonNode tree(@Nullable String text) {
		return text == null ? null : json.readTree(text);
	}

}

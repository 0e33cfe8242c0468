package org.twinport.network.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.platform.AuditedRecords;

/** Names the partnerships, organizations and contacts that the change history mentions. */
@Component
class NetworkAuditedRecords implements AuditedRecords {

	private static final Map<String, String> NAMES = Map.of("partnership", """
			select s.id, coalesce(p.names ->> :lang, p.names ->> 'en') as name
			from network.partnership s join network.place p on p.id = s.partner_place_id
			where s.id in (:ids) and not s.archived""", "organization", """
			select id, coalesce(names ->> :lang, names ->> 'en') as name
			from network.organization where id in (:ids) and not archived""", "contact", """
			select id, coalesce(names ->> :lang, full_name) as name
			from network.contact where id in (:ids) and not archived""");

	private final JdbcClient jdbc;

	NetworkAuditedRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> entities() {
		return NAMES.keySet();
	}

	@Override
	public Map<Long, Current> current(String entity, Collection<Long> ids, String lang) {
		Map<Long, Current> current = new HashMap<>();
		String sql = NAMES.get(entity);
		if (sql == null || ids.isEmpty()) {
			return current;
		}
		jdbc.sql(sql)
			.param("ids", ids)
			.param("lang", lang)
			.query((rs, n) -> current.put(rs.getLong("id"),
					new Current(rs.getString("name"), "/manage/" + entity + "s/" + rs.getLong("id") + "/edit")))
			.list();
		return current;
	}

	/** Names of records referred to by code, archived or not, in the reader's language. */
	private static final Map<String, String> REFERENCES = Map.of("place",
			"select coalesce(names ->> :lang, names ->> 'en') from network.place where code = :code", "organization",
			"select coalesce(names ->> :lang, names ->> 'en') from network.organization where code = :code", "contact",
			"select coalesce(names ->> :lang, full_name) from network.contact where code = :code");

	@Override
	public Optional<String> word(String entity, String field, String code, String lang) {
		String sql = "partnership".equals(entity) && "kind".equals(field)
				? "select coalesce(names ->> :lang, names ->> 'en') from network.partnership_kind where code = :code"
				: REFERENCES.get(field);
		if (sql == null) {
			return Optional.empty();
		}
		return jdbc.sql(sql).param("lang", lang).param("code", code).query(String.class).optional();
	}

}

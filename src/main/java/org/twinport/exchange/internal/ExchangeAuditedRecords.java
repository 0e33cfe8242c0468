package org.twinport.exchange.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.platform.AuditedRecords;

/**
 * Names the exchanges, donations and projects that the change history mentions. A donation
 * has no name of its own: the history names it from its recorded items.
 */
@Component
class ExchangeAuditedRecords implements AuditedRecords {

	private static final Map<String, String> NAMES = Map.of("exchange", """
			select id, coalesce(title ->> :lang, title ->> 'en') as name
			from exchange.exchange where id in (:ids) and not archived""", "donation", """
			select id, null as name from exchange.donation where id in (:ids) and not archived""",
			"project", """
					select id, coalesce(names ->> :lang, names ->> 'en') as name
					from exchange.project where id in (:ids) and not archived""");

	private final JdbcClient jdbc;

	ExchangeAuditedRecords(JdbcClient jdbc) {
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

	/** A donation's exchange by its title, archived or not: the history tells what it was linked to. */
	@Override
	public Optional<String> word(String entity, String field, String code, String lang) {
		if (!"donation".equals(entity) || !"exchangeId".equals(field) || !code.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return jdbc.sql("select coalesce(title ->> :lang, title ->> 'en') from exchange.exchange where id = :id")
			.param("lang", lang)
			.param("id", Long.parseLong(code))
			.query(String.class)
			.optional();
	}

}

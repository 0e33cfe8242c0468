package org.twinport.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.platform.ActorNames;

/** The display names of accounts, for pages that show who did something (the audit history). */
@Component
class AccountDisplayNames implements ActorNames {

	private final JdbcClient jdbc;

	AccountDisplayNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		jdbc.sql("select username, display_name from identity.account where username in (:usernames)")
			.param("usernames", usernames)
			.query((rs, n) -> names.put(rs.getString("username"), rs.getString("display_name")))
			.list();
		return names;
	}

}

package org.twinport.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.identity.TwinportUser;
import org.twinport.network.OrganizationDraft;
import org.twinport.network.OrganizationView;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.AuditTrail.Action;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.NotFoundException;

/** Organizations: public in full, written by staff. */
@Component
class OrganizationRecords {

	private static final String SELECT = """
			select o.id, o.code, o.kind, coalesce(k.names ->> :lang, k.names ->> 'en') as kind_name,
			       coalesce(o.names ->> :lang, o.names ->> 'en') as name, o.names::text as names, p.code as place_code,
			       coalesce(p.names ->> :lang, p.names ->> 'en') as place_name, o.website, o.archived, o.demo
			from network.organization o join network.organization_kind k on k.code = o.kind
			left join network.place p on p.id = o.place_id
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	OrganizationRecords(JdbcClient jdbc, JsonMapper json, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	List<OrganizationView> list(String placeCode, String lang) {
		return jdbc
			.sql(SELECT + " where not o.archived and (cast(:place as text) is null or p.code = :place) order by name")
			.param("lang", Rows.language(lang))
			.param("place", placeCode)
			.query((rs, n) -> view(rs))
			.list();
	}

	OrganizationView get(long id, String lang) {
		return jdbc.sql(SELECT + " where o.id = :id")
			.param("lang", Rows.language(lang))
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("network.problem.noOrganization", String.valueOf(id))));
	}

	OrganizationView create(OrganizationDraft draft, TwinportUser actor, String lang) {
		validate(draft);
		long id;
		try {
			id = jdbc.sql("""
					insert into network.organization (code, kind, names, place_id, website)
					values (:code, :kind, cast(:names as jsonb), :place, :website) returning id
					""")
				.param("code", draft.code())
				.param("kind", draft.kind())
				.param("names", json.writeValueAsString(draft.names()))
				.param("place", placeId(draft.place()))
				.param("website", draft.website())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("code", Reason.of("problem.codeTaken"));
		}
		OrganizationView created = get(id, lang);
		audit.record(actor.getUsername(), "organization", id, Action.CREATED, null, created);
		return created;
	}

	OrganizationView update(long id, OrganizationDraft draft, TwinportUser actor, String lang) {
		OrganizationView before = get(id, "en");
		validate(draft);
		try {
			jdbc.sql("""
					update network.organization set code = :code, kind = :kind, names = cast(:names as jsonb),
					  place_id = :place, website = :website, updated_at = now() where id = :id
					""")
				.param("code", draft.code())
				.param("kind", draft.kind())
				.param("names", json.writeValueAsString(draft.names()))
				.param("place", placeId(draft.place()))
				.param("website", draft.website())
				.param("id", id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("code", Reason.of("problem.codeTaken"));
		}
		OrganizationView after = get(id, lang);
		audit.record(actor.getUsername(), "organization", id, Action.UPDATED, before, after);
		return after;
	}

	void archive(long id, TwinportUser actor) {
		OrganizationView before = get(id, "en");
		jdbc.sql("update network.organization set archived = true, updated_at = now() where id = :id")
			.param("id", id)
			.update();
		audit.record(actor.getUsername(), "organization", id, Action.ARCHIVED, before, null);
	}

	private void validate(OrganizationDraft draft) {
		Rows.requireCode(draft.code(), "code");
		Rows.require(draft.kind(), "kind");
		boolean known = jdbc.sql("select count(*) from network.organization_kind where code = :kind")
			.param("kind", draft.kind())
			.query(Long.class)
			.single() > 0;
		if (!known) {
			throw new InvalidInputException("kind", Reason.of("problem.kind", draft.kind()));
		}
		Rows.requireEnglishName(draft.names(), "names");
		if (draft.website() != null && !draft.website().matches("^https?://\\S{3,300}$")) {
			throw new InvalidInputException("website", Reason.of("problem.website"));
		}
	}

	private Long placeId(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return jdbc.sql("select id from network.place where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException("place", Reason.of("problem.unknownPlace", code)));
	}

	private OrganizationView view(ResultSet rs) throws SQLException {
		Map<String, String> names = json.readValue(rs.getString("names"), new TypeReference<Map<String, String>>() {
		});
		return new OrganizationView(rs.getLong("id"), rs.getString("code"), rs.getString("kind"),
				rs.getString("kind_name"), rs.getString("name"), names, rs.getString("place_code"),
				rs.getString("place_name"), rs.getString("website"), rs.getBoolean("archived"), rs.getBoolean("demo"));
	}

}

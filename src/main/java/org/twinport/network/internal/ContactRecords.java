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
import org.twinport.network.ContactDraft;
import org.twinport.network.ContactView;
import org.twinport.network.ContactView.PersonalDetails;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.AuditTrail.Action;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LanguageCode;
import org.twinport.shared.Reason;
import org.twinport.shared.NotFoundException;

/**
 * Contacts: their names and roles are public; their personal details only reach staff and
 * the office of the contact's own place, which are also the only ones who may write them.
 */
@Component
class ContactRecords {


	private static final String SELECT = """
			select c.*, c.names::text as names_json, o.code as organization_code,
			       coalesce(o.names ->> :lang, o.names ->> 'en') as organization_name, p.code as place_code
			from network.contact c left join network.organization o on o.id = c.organization_id
			left join network.place p on p.id = c.place_id
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	ContactRecords(JdbcClient jdbc, JsonMapper json, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	List<ContactView> list(String placeCode, TwinportUser reader, String lang) {
		return jdbc.sql(SELECT
				+ " where not c.archived and (cast(:place as text) is null or p.code = :place) order by c.full_name")
			.param("lang", Rows.language(lang))
			.param("place", placeCode)
			.query((rs, n) -> view(rs, reader))
			.list();
	}

	ContactView get(long id, TwinportUser reader, String lang) {
		return jdbc.sql(SELECT + " where c.id = :id")
			.param("lang", Rows.language(lang))
			.param("id", id)
			.query((rs, n) -> view(rs, reader))
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("network.problem.noContact", String.valueOf(id))));
	}

	ContactView create(ContactDraft draft, TwinportUser actor, String lang) {
		Long place = placeOf(draft);
		mayWrite(actor, place);
		long id;
		try {
			id = jdbc
				.sql("""
						insert into network.contact (code, full_name, names, position, organization_id, place_id, languages,
						  term_start, term_end, email, phone, postal_address, notes)
						values (:code, :name, cast(:names as jsonb), :position, :organization, :place, :languages, :termStart,
						  :termEnd, :email, :phone, :address, :notes) returning id
						""")
				.params(params(draft, place))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("code", Reason.of("problem.codeTaken"));
		}
		ContactView created = get(id, actor, lang);
		audit.record(actor.getUsername(), "contact", id, Action.CREATED, null, created);
		return created;
	}

	ContactView update(long id, ContactDraft draft, TwinportUser actor, String lang) {
		ContactView before = writable(id, actor);
		Long place = placeOf(draft);
		mayWrite(actor, place);
		Map<String, Object> params = params(draft, place);
		params.put("id", id);
		try {
			jdbc.sql("""
					update network.contact set code = :code, full_name = :name, names = cast(:names as jsonb),
					  position = :position, organization_id = :organization, place_id = :place, languages = :languages,
					  term_start = :termStart, term_end = :termEnd, email = :email, phone = :phone,
					  postal_address = :address, notes = :notes, updated_at = now() where id = :id
					""").params(params).update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("code", Reason.of("problem.codeTaken"));
		}
		ContactView after = get(id, actor, lang);
		audit.record(actor.getUsername(), "contact", id, Action.UPDATED, before, after);
		return after;
	}

	void archive(long id, TwinportUser actor) {
		ContactView before = writable(id, actor);
		jdbc.sql("update network.contact set archived = true, updated_at = now() where id = :id")
			.param("id", id)
			.update();
		audit.record(actor.getUsername(), "contact", id, Action.ARCHIVED, before, null);
	}

	private ContactView writable(long id, TwinportUser actor) {
		Long place = jdbc.sql("select place_id from network.contact where id = :id and not archived")
			.param("id", id)
			.query((rs, n) -> (Long) rs.getObject(1))
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("network.problem.noContactToChange", String.valueOf(id))));
		if (!Rows.mayManagePlace(actor, place)) {
			throw new NotFoundException(Reason.of("network.problem.noContactToChange", String.valueOf(id)));
		}
		return get(id, actor, "en");
	}

	private static void mayWrite(TwinportUser actor, Long place) {
		if (!Rows.mayManagePlace(actor, place)) {
			throw new InvalidInputException("place", Reason.of("problem.ownPlace"));
		}
	}

	private Long placeOf(ContactDraft draft) {
		Rows.requireCode(draft.code(), "code");
		Rows.require(draft.fullName(), "fullName");
		if (draft.fullName().length() > 200) {
			throw new InvalidInputException("fullName", Reason.of("problem.maxLength", "200"));
		}
		if (draft.email() != null && !draft.email().isBlank()
				&& !draft.email().matches("^[^@\\s]{1,64}@[^@\\s]{1,255}$")) {
			throw new InvalidInputException("email", Reason.of("problem.email"));
		}
		if (draft.languages() != null && draft.languages().stream().anyMatch(l -> !LanguageCode.isValid(l))) {
			throw new InvalidInputException("languages", Reason.of("problem.languages"));
		}
		Long organizationPlace = null;
		if (draft.organization() != null) {
			organizationPlace = jdbc
				.sql("select place_id from network.organization where code = :code and not archived")
				.param("code", draft.organization())
				.query((rs, n) -> (Long) rs.getObject(1))
				.optional()
				.orElseThrow(() -> new InvalidInputException("organization",
						Reason.of("problem.unknownOrganization", draft.organization())));
		}
		if (draft.place() == null) {
			return organizationPlace;
		}
		return jdbc.sql("select id from network.place where code = :code")
			.param("code", draft.place())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException("place", Reason.of("problem.unknownPlace", draft.place())));
	}

	private Map<String, Object> params(ContactDraft draft, Long place) {
		var start = Rows.date("termStart", draft.termStart());
		var end = Rows.date("termEnd", draft.termEnd());
		if (start != null && end != null && end.isBefore(start)) {
			throw new InvalidInputException("termEnd", Reason.of("problem.termEndBeforeStart"));
		}
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("code", draft.code());
		params.put("name", draft.fullName().trim());
		params.put("names", json.writeValueAsString(draft.names() == null ? Map.of() : draft.names()));
		params.put("position", draft.position());
		params.put("organization",
				draft.organization() == null ? null
						: jdbc.sql("select id from network.organization where code = :code")
							.param("code", draft.organization())
							.query(Long.class)
							.single());
		params.put("place", place);
		params.put("languages", Rows.array(draft.languages()));
		params.put("termStart", start);
		params.put("termEnd", end);
		params.put("email", draft.email());
		params.put("phone", draft.phone());
		params.put("address", draft.postalAddress());
		params.put("notes", draft.notes());
		return params;
	}

	private ContactView view(ResultSet rs, TwinportUser reader) throws SQLException {
		Long place = (Long) rs.getObject("place_id");
		PersonalDetails personal = Rows.mayManagePlace(reader, place)
				? new PersonalDetails(rs.getString("email"), rs.getString("phone"), rs.getString("postal_address"))
				: null;
		Map<String, String> names = json.readValue(rs.getString("names_json"),
				new TypeReference<Map<String, String>>() {
				});
		return new ContactView(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"), names,
				rs.getString("position"), rs.getString("organization_code"), rs.getString("organization_name"),
				rs.getString("place_code"), Rows.strings(rs, "languages"), Rows.iso(rs, "term_start"),
				Rows.iso(rs, "term_end"), rs.getString("notes"), rs.getBoolean("archived"), rs.getBoolean("demo"),
				personal);
	}

}

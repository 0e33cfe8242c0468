package org.twinport.network.internal;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** Upserts the organizations and contacts of a network document by their codes. */
@Component
class RegistryDocumentImport {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RegistryDocumentImport(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void upsert(NetworkDocument.Organization organization, String at, boolean demo) {
		Rows.requireCode(organization.code(), at + ".code");
		Rows.require(organization.kind(), at + ".kind");
		Rows.requireEnglishName(organization.names(), at + ".names");
		boolean knownKind = jdbc.sql("select count(*) from network.organization_kind where code = :kind")
			.param("kind", organization.kind())
			.query(Long.class)
			.single() > 0;
		if (!knownKind) {
			throw new InvalidInputException(at + ".kind",
					Reason.of("problem.kind", organization.kind()));
		}
		jdbc.sql("""
				insert into network.organization (code, kind, names, place_id, website, demo)
				values (:code, :kind, cast(:names as jsonb), :place, :website, :demo)
				on conflict (code) do update set kind = excluded.kind, names = excluded.names,
				  place_id = excluded.place_id, website = excluded.website, archived = false, updated_at = now()
				""")
			.param("code", organization.code())
			.param("kind", organization.kind())
			.param("names", json.writeValueAsString(organization.names()))
			.param("place", optionalId("network.place", organization.place(), at + ".place"))
			.param("website", organization.website())
			.param("demo", demo)
			.update();
	}

	void upsert(NetworkDocument.Contact contact, String at, boolean demo) {
		Rows.requireCode(contact.code(), at + ".code");
		Rows.require(contact.fullName(), at + ".fullName");
		Long organization = optionalId("network.organization", contact.organization(), at + ".organization");
		Long place = optionalId("network.place", contact.place(), at + ".place");
		if (place == null && organization != null) {
			place = jdbc.sql("select place_id from network.organization where id = :id")
				.param("id", organization)
				.query((rs, n) -> (Long) rs.getObject(1))
				.single();
		}
		jdbc.sql(
				"""
						insert into network.contact (code, full_name, names, position, organization_id, place_id, languages,
						  term_start, term_end, email, phone, postal_address, notes, demo)
						values (:code, :name, cast(:names as jsonb), :position, :organization, :place, :languages, :termStart,
						  :termEnd, :email, :phone, :address, :notes, :demo)
						on conflict (code) do update set full_name = excluded.full_name, names = excluded.names,
						  position = excluded.position, organization_id = excluded.organization_id, place_id = excluded.place_id,
						  languages = excluded.languages, term_start = excluded.term_start, term_end = excluded.term_end,
						  email = excluded.email, phone = excluded.phone, postal_address = excluded.postal_address,
						  notes = excluded.notes, archived = false, updated_at = now()
						""")
			.param("code", contact.code())
			.param("name", contact.fullName())
			.param("names", json.writeValueAsString(contact.names() == null ? java.util.Map.of() : contact.names()))
			.param("position", contact.position())
			.param("organization", organization)
			.param("place", place)
			.param("languages", Rows.array(contact.languages()))
			.param("termStart", Rows.date(at + ".termStart", contact.termStart()))
			.param("termEnd", Rows.date(at + ".termEnd", contact.termEnd()))
			.param("email", contact.email())
			.param("phone", contact.phone())
			.param("address", contact.postalAddress())
			.param("notes", contact.notes())
			.param("demo", demo)
			.update();
	}

	void linkContacts(long partnershipId, List<String> contacts, String at) {
		if (contacts == null) {
			return;
		}
		jdbc.sql("delete from network.partnership_contact where partnership_id = :id")
			.param("id", partnershipId)
			.update();
		for (int i = 0; i < contacts.size(); i++) {
			long contact = optionalId("network.contact", contacts.get(i), at + "[" + i + "]");
			jdbc.sql("insert into network.partnership_contact values (:p, :c) on conflict do nothing")
				.param("p", partnershipId)
				.param("c", contact)
				.update();
		}
	}

	/** {@code table} is one of this module's own tables, never user input. */
	private Long optionalId(String table, String code, String field) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return jdbc.sql("select id from " + table + " where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException(field, Reason.of("network.problem.unknownRecord", code)));
	}

}

package org.twinport.network.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.network.Continent;
import org.twinport.network.PartialDate;
import org.twinport.network.PartnershipStatus;

/**
 * Writes the registry as a {@code twinport-network/1} document that
 * {@link JsonNetworkImport} reads back.
 */
@Component
class JsonNetworkExport {

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JsonNetworkExport(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	byte[] export() {
		boolean demo = jdbc.sql("select coalesce(bool_or(demo), false) from network.partnership")
			.query(Boolean.class)
			.single();
		var document = new NetworkDocument(NetworkDocument.FORMAT, "Twinport export", demo, places(), organizations(),
				contacts(), partnerships());
		return json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(document);
	}

	private List<NetworkDocument.Place> places() {
		return jdbc.sql("""
				select p.*, p.names::text as names_json, parent.code as parent_code from network.place p
				left join network.place parent on parent.id = p.parent_id order by p.parent_id nulls first, p.id
				""")
			.query((rs, n) -> new NetworkDocument.Place(rs.getString("code"), rs.getString("kind"),
					json.readValue(rs.getString("names_json"), NAMES), rs.getString("country_code"),
					rs.getString("region"), Continent.valueOf(rs.getString("continent")),
					(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("time_zone"),
					rs.getString("currency"), Rows.strings(rs, "languages"), rs.getString("parent_code"),
					rs.getBoolean("is_home")))
			.list();
	}

	private List<NetworkDocument.Organization> organizations() {
		return jdbc.sql("""
				select o.code, o.kind, o.names::text as names_json, p.code as place_code, o.website
				from network.organization o left join network.place p on p.id = o.place_id
				where not o.archived order by o.id
				""")
			.query((rs, n) -> new NetworkDocument.Organization(rs.getString("code"), rs.getString("kind"),
					json.readValue(rs.getString("names_json"), NAMES), rs.getString("place_code"),
					rs.getString("website")))
			.list();
	}

	private List<NetworkDocument.Contact> contacts() {
		return jdbc.sql("""
				select c.*, c.names::text as names_json, o.code as organization_code, p.code as place_code
				from network.contact c left join network.organization o on o.id = c.organization_id
				left join network.place p on p.id = c.place_id where not c.archived order by c.id
				""")
			.query((rs, n) -> new NetworkDocument.Contact(rs.getString("code"), rs.getString("full_name"),
					json.readValue(rs.getString("names_json"), NAMES), rs.getString("position"),
					rs.getString("organization_code"), rs.getString("place_code"), Rows.strings(rs, "languages"),
					Rows.iso(rs, "term_start"), Rows.iso(rs, "term_end"), rs.getString("email"), rs.getString("phone"),
					rs.getString("postal_address"), rs.getString("notes")))
			.list();
	}

	private List<NetworkDocument.Partnership> partnerships() {
		return jdbc
			.sql("""
					select h.code as home, p.code as partner, s.kind, s.status, s.established_on, s.established_precision,
					       s.fields_of_cooperation, s.notes,
					       array(select c.code from network.partnership_contact pc join network.contact c on c.id = pc.contact_id
					             where pc.partnership_id = s.id order by c.code) as contacts
					from network.partnership s join network.place h on h.id = s.home_place_id
					join network.place p on p.id = s.partner_place_id where not s.archived order by s.id
					""")
			.query((rs, n) -> {
				var established = rs.getObject("established_on", java.time.LocalDate.class);
				PartialDate date = established == null ? PartialDate.UNKNOWN : new PartialDate(established,
						PartialDate.Precision.valueOf(rs.getString("established_precision")));
				return new NetworkDocument.Partnership(rs.getString("home"), rs.getString("partner"),
						rs.getString("kind"), PartnershipStatus.valueOf(rs.getString("status")), date.iso(),
						Rows.strings(rs, "fields_of_cooperation"), rs.getString("notes"), Rows.strings(rs, "contacts"));
			})
			.list();
	}

}

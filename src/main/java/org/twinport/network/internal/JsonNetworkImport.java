package org.twinport.network.internal;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.network.NetworkImport;
import org.twinport.network.PartialDate;
import org.twinport.network.PartnershipStatus;
import org.twinport.shared.CountryCode;
import org.twinport.shared.CurrencyCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Service
class JsonNetworkImport implements NetworkImport {


	private static final List<String> PLACE_KINDS = List.of("CITY", "PROVINCE", "DISTRICT");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RegistryDocumentImport registry;

	private final JsonNetworkExport export;

	private final FiguresCache figures;

	private final PartnershipCsv csv;

	JsonNetworkImport(JdbcClient jdbc, JsonMapper json, RegistryDocumentImport registry, JsonNetworkExport export,
			FiguresCache figures, PartnershipCsv csv) {
		this.csv = csv;
		this.jdbc = jdbc;
		this.json = json;
		this.registry = registry;
		this.export = export;
		this.figures = figures;
	}

	@Override
	public byte[] exportNetwork() {
		return export.export();
	}

	@Override
	@Transactional
	public ImportResult importNetwork(InputStream input) {
		NetworkDocument document;
		try {
			document = json.readValue(input, NetworkDocument.class);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("document", Reason.of("network.problem.document", String.valueOf(ex.getOriginalMessage())));
		}
		return importDocument(document);
	}

	@Override
	public String exportPartnershipsCsv() {
		return csv.export();
	}

	@Override
	@Transactional
	public ImportResult importPartnershipsCsv(String text) {
		try {
			return importDocument(csv.toDocument(text));
		}
		catch (InvalidInputException ex) {
			throw PartnershipCsv.onLine(ex);
		}
	}

	private ImportResult importDocument(NetworkDocument document) {
		if (!NetworkDocument.FORMAT.equals(document.format())) {
			throw new InvalidInputException("format", Reason.of("network.problem.format", NetworkDocument.FORMAT));
		}
		boolean demo = Boolean.TRUE.equals(document.demo());
		int placesCreated = 0;
		int placesUpdated = 0;
		List<NetworkDocument.Place> places = document.places() == null ? List.of() : document.places();
		for (int i = 0; i < places.size(); i++) {
			if (upsert(places.get(i), "places[" + i + "]", demo)) {
				placesCreated++;
			}
			else {
				placesUpdated++;
			}
		}
		List<NetworkDocument.Organization> organizations = document.organizations() == null ? List.of()
				: document.organizations();
		for (int i = 0; i < organizations.size(); i++) {
			registry.upsert(organizations.get(i), "organizations[" + i + "]", demo);
		}
		List<NetworkDocument.Contact> contacts = document.contacts() == null ? List.of() : document.contacts();
		for (int i = 0; i < contacts.size(); i++) {
			registry.upsert(contacts.get(i), "contacts[" + i + "]", demo);
		}
		int partnershipsCreated = 0;
		int partnershipsUpdated = 0;
		List<NetworkDocument.Partnership> partnerships = document.partnerships() == null ? List.of()
				: document.partnerships();
		for (int i = 0; i < partnerships.size(); i++) {
			if (upsert(partnerships.get(i), "partnerships[" + i + "]", demo)) {
				partnershipsCreated++;
			}
			else {
				partnershipsUpdated++;
			}
		}
		figures.clear();
		return new ImportResult(placesCreated, placesUpdated, partnershipsCreated, partnershipsUpdated,
				organizations.size(), contacts.size());
	}

	private boolean upsert(NetworkDocument.Place place, String at, boolean demo) {
		validate(place, at);
		Long parentId = place.parent() == null ? null : placeId(place.parent(), at + ".parent");
		return jdbc.sql("""
				insert into network.place (code, kind, names, country_code, region, continent, latitude, longitude,
				                           time_zone, currency, languages, parent_id, is_home, demo)
				values (:code, :kind, cast(:names as jsonb), :country, :region, :continent, :lat, :lon, :tz, :currency,
				        :languages, :parent, :home, :demo)
				on conflict (code) do update set kind = excluded.kind, names = excluded.names,
				  country_code = excluded.country_code, region = excluded.region, continent = excluded.continent,
				  latitude = excluded.latitude, longitude = excluded.longitude, time_zone = excluded.time_zone,
				  currency = excluded.currency, languages = excluded.languages, parent_id = excluded.parent_id,
				  is_home = excluded.is_home, updated_at = now()
				returning (xmax = 0)
				""")
			.param("code", place.code())
			.param("kind", place.kind())
			.param("names", json.writeValueAsString(place.names()))
			.param("country", place.countryCode())
			.param("region", place.region())
			.param("continent", place.continent().name())
			.param("lat", place.latitude())
			.param("lon", place.longitude())
			.param("tz", place.timeZone())
			.param("currency", place.currency())
			.param("languages", place.languages() == null ? new String[0] : place.languages().toArray(String[]::new))
			.param("parent", parentId)
			.param("home", Boolean.TRUE.equals(place.home()))
			.param("demo", demo)
			.query(Boolean.class)
			.single();
	}

	private boolean upsert(NetworkDocument.Partnership partnership, String at, boolean demo) {
		require(partnership.kind(), at + ".kind");
		PartialDate established = PartialDate.parse(at + ".established", partnership.established());
		PartnershipStatus status = partnership.status() == null ? PartnershipStatus.ACTIVE : partnership.status();
		boolean knownKind = jdbc.sql("select count(*) from network.partnership_kind where code = :code")
			.param("code", partnership.kind())
			.query(Long.class)
			.single() > 0;
		if (!knownKind) {
			throw new InvalidInputException(at + ".kind",
					Reason.of("problem.kind", partnership.kind()));
		}
		var row = jdbc.sql("""
				insert into network.partnership (home_place_id, partner_place_id, kind, status, established_on,
				                                 established_precision, fields_of_cooperation, notes, demo)
				values (:home, :partner, :kind, :status, :established, :precision, :fields, :notes, :demo)
				on conflict (home_place_id, partner_place_id, kind) do update set status = excluded.status,
				  established_on = excluded.established_on, established_precision = excluded.established_precision,
				  fields_of_cooperation = excluded.fields_of_cooperation, notes = excluded.notes, archived = false,
				  updated_at = now()
				returning id, (xmax = 0) as created
				""")
			.param("home", placeId(partnership.home(), at + ".home"))
			.param("partner", placeId(partnership.partner(), at + ".partner"))
			.param("kind", partnership.kind())
			.param("status", status.name())
			.param("established", established.date())
			.param("precision", established.precision().name())
			.param("fields", Rows.array(partnership.fieldsOfCooperation()))
			.param("notes", partnership.notes())
			.param("demo", demo)
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getBoolean("created") ? 1 : 0 })
			.single();
		registry.linkContacts(row[0], partnership.contacts(), at + ".contacts");
		return row[1] == 1;
	}

	private long placeId(String code, String field) {
		require(code, field);
		return jdbc.sql("select id from network.place where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException(field, Reason.of("problem.unknownPlace", code)));
	}

	private static void validate(NetworkDocument.Place place, String at) {
		require(place.code(), at + ".code");
		if (!place.code().matches("^[a-z0-9][a-z0-9-]{1,80}$")) {
			throw new InvalidInputException(at + ".code", Reason.of("problem.code"));
		}
		if (place.kind() == null || !PLACE_KINDS.contains(place.kind())) {
			throw new InvalidInputException(at + ".kind", Reason.of("network.problem.oneOf", String.join(", ", PLACE_KINDS)));
		}
		if (place.names() == null || place.names().get("en") == null || place.names().get("en").isBlank()) {
			throw new InvalidInputException(at + ".names", Reason.of("problem.englishName"));
		}
		CountryCode.of(at + ".countryCode", place.countryCode());
		if (place.continent() == null) {
			throw new InvalidInputException(at + ".continent", Reason.of("problem.required"));
		}
		if ((place.latitude() == null) != (place.longitude() == null)) {
			throw new InvalidInputException(at + ".latitude", Reason.of("network.problem.latitudeWithLongitude"));
		}
		if (place.latitude() != null && (Math.abs(place.latitude()) > 90 || Math.abs(place.longitude()) > 180)) {
			throw new InvalidInputException(at + ".latitude", Reason.of("network.problem.coordinates"));
		}
		if (place.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(place.timeZone())) {
			throw new InvalidInputException(at + ".timeZone", Reason.of("problem.timeZone"));
		}
		if (place.currency() != null) {
			CurrencyCode.of(at + ".currency", place.currency());
		}
	}

	private static void require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, Reason.of("problem.required"));
		}
	}

}

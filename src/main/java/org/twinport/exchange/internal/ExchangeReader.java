package org.twinport.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.exchange.ExchangeDraft;
import org.twinport.exchange.ExchangeKind;
import org.twinport.exchange.ExchangeQuery;
import org.twinport.exchange.ExchangeView;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkLookup;
import org.twinport.network.NetworkLookup.PlaceRef;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.PageResult;

/**
 * Reads exchanges with the participants resolved through the network, as far as the
 * reader may see them.
 */
@Component
class ExchangeReader {

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};

	/** Public, or the reader is staff, or the reader's place takes part. */
	static final String VISIBLE = """
			(e.public or :staff or exists (select 1 from exchange.participant v
			  where v.exchange_id = e.id and v.place_id = :readerPlace))""";

	private record Row(long id, String code, ExchangeKind kind, Map<String, String> titles, LocalDateTime start,
			String precision, LocalDateTime end, String zone, OffsetDateTime startsAt, OffsetDateTime endsAt,
			String summary, String outcomes, boolean isPublic, boolean archived, boolean demo) {
	}

	private record ParticipantRow(long exchangeId, ExchangeDraft.Role role, Long place, Long organization, Long contact,
			String country, String description) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NetworkLookup network;

	ExchangeReader(JdbcClient jdbc, JsonMapper json, NetworkLookup network) {
		this.jdbc = jdbc;
		this.json = json;
		this.network = network;
	}

	PageResult<ExchangeView> page(ExchangeQuery query, TwinportUser reader, String lang, int page, int size) {
		Map<String, Object> params = readerParams(reader);
		List<String> where = new ArrayList<>(List.of("not e.archived", VISIBLE));
		if (query.kind() != null) {
			where.add("e.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.partner() != null) {
			PlaceRef partner = network.place(query.partner(), lang)
				.orElseThrow(
						() -> new InvalidInputException("partner", Reason.of("problem.unknownPlace", query.partner())));
			where.add(
					"exists (select 1 from exchange.participant q where q.exchange_id = e.id and q.place_id = :partner)");
			params.put("partner", partner.id());
		}
		if (query.from() != null) {
			where.add("e.start_local >= :from");
			params.put("from", query.from().atStartOfDay());
		}
		if (query.to() != null) {
			where.add("e.start_local < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay());
		}
		String from = " from exchange.exchange e where " + String.join(" and ", where);
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Row> rows = jdbc
			.sql("select e.*" + from + " order by e.starts_at desc, e.id desc limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
		return PageResult.of(views(rows, lang), page, size, total);
	}

	List<ExchangeView> byIds(List<Long> ids, TwinportUser reader, String lang, boolean includeArchived) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = readerParams(reader);
		params.put("ids", ids.toArray(Long[]::new));
		params.put("archived", includeArchived);
		List<Row> rows = jdbc
			.sql("select e.* from exchange.exchange e where e.id = any(:ids) and (:archived or not e.archived) and "
					+ VISIBLE + " order by e.starts_at desc, e.id desc")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
		return views(rows, lang);
	}

	List<ExchangeView> upcoming(TwinportUser reader, String lang, int limit) {
		Map<String, Object> params = readerParams(reader);
		params.put("limit", limit);
		List<Row> rows = jdbc.sql("select e.* from exchange.exchange e where not e.archived and "
				+ "e.start_precision in ('MINUTE', 'DAY') and coalesce(e.ends_at, e.starts_at + interval '1 day') >= now() and "
				+ VISIBLE + " order by e.starts_at, e.id limit :limit")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
		return views(rows, lang);
	}

	static Map<String, Object> readerParams(TwinportUser reader) {
		Map<String, Object> params = new HashMap<>();
		params.put("staff", reader != null && reader.is(Role.ADMIN));
		params.put("readerPlace", reader != null && reader.is(Role.PARTNER_OFFICE) ? reader.partnerPlaceId() : -1L);
		return params;
	}

	private List<ExchangeView> views(List<Row> rows, String lang) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<ParticipantRow> participants = jdbc.sql("""
				select exchange_id, role, place_id, organization_id, contact_id, country_code, description
				from exchange.participant where exchange_id = any(:ids) order by role, id
				""")
			.param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
			.query((rs, n) -> new ParticipantRow(rs.getLong(1), ExchangeDraft.Role.valueOf(rs.getString(2)),
					(Long) rs.getObject(3), (Long) rs.getObject(4), (Long) rs.getObject(5), rs.getString(6),
					rs.getString(7)))
			.list();
		Set<Long> placeIds = new HashSet<>();
		Set<Long> organizationIds = new HashSet<>();
		Set<Long> contactIds = new HashSet<>();
		participants.forEach(p -> {
			if (p.place() != null) {
				placeIds.add(p.place());
			}
			if (p.organization() != null) {
				organizationIds.add(p.organization());
			}
			if (p.contact() != null) {
				contactIds.add(p.contact());
			}
		});
		var organizations = network.organizations(organizationIds, lang);
		var contacts = network.contacts(contactIds, lang);
		organizations.values().forEach(o -> addIfPresent(placeIds, o.placeId()));
		contacts.values().forEach(c -> addIfPresent(placeIds, c.placeId()));
		var places = network.places(placeIds, lang);
		Map<Long, List<ExchangeView.Participant>> byExchange = new LinkedHashMap<>();
		for (ParticipantRow p : participants) {
			ExchangeView.Participant view;
			if (p.place() != null) {
				PlaceRef place = places.get(p.place());
				view = new ExchangeView.Participant(p.role(), "PLACE", place.code(), place.name(), place.countryCode(),
						place.timeZone(), p.description());
			}
			else if (p.organization() != null) {
				var organization = organizations.get(p.organization());
				PlaceRef place = organization.placeId() == null ? null : places.get(organization.placeId());
				view = new ExchangeView.Participant(p.role(), "ORGANIZATION", organization.code(), organization.name(),
						place == null ? null : place.countryCode(), place == null ? null : place.timeZone(),
						p.description());
			}
			else if (p.contact() != null) {
				var contact = contacts.get(p.contact());
				PlaceRef place = contact.placeId() == null ? null : places.get(contact.placeId());
				view = new ExchangeView.Participant(p.role(), "CONTACT", contact.code(), contact.name(),
						place == null ? null : place.countryCode(), place == null ? null : place.timeZone(),
						p.description());
			}
			else {
				view = new ExchangeView.Participant(p.role(), "COUNTRY", p.country(), p.country(), p.country(), null,
						p.description());
			}
			byExchange.computeIfAbsent(p.exchangeId(), id -> new ArrayList<>()).add(view);
		}
		String language = lang == null || lang.length() < 2 ? "en" : lang.substring(0, 2).toLowerCase();
		return rows.stream()
			.map(r -> new ExchangeView(r.id(), r.code(), r.kind(),
					r.titles().getOrDefault(language, r.titles().get("en")), r.titles(),
					LocalStart.format(r.start(), r.precision()), r.precision(),
					r.end() == null ? null : LocalStart.format(r.end(), r.precision()), r.zone(),
					r.startsAt().toInstant(), r.endsAt() == null ? null : r.endsAt().toInstant(), r.summary(),
					r.outcomes(), r.isPublic(), r.archived(), r.demo(), byExchange.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private static void addIfPresent(Set<Long> ids, Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("code"), ExchangeKind.valueOf(rs.getString("kind")),
				json.readValue(rs.getString("title"), NAMES), rs.getObject("start_local", LocalDateTime.class),
				rs.getString("start_precision"), rs.getObject("end_local", LocalDateTime.class),
				rs.getString("time_zone"), rs.getObject("starts_at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), rs.getString("summary"), rs.getString("outcomes"),
				rs.getBoolean("public"), rs.getBoolean("archived"), rs.getBoolean("demo"));
	}

}

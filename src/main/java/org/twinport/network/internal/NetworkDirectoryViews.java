package org.twinport.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.twinport.network.Continent;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkSummary;
import org.twinport.network.PartialDate;
import org.twinport.network.PartnershipQuery;
import org.twinport.network.PartnershipStatus;
import org.twinport.network.PartnershipView;
import org.twinport.network.PartnershipView.PlaceSummary;
import org.twinport.shared.CountryCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.PageResult;

/** Reads the public directory of partnerships and places; writes nothing. */
@Service
class NetworkDirectoryViews implements NetworkDirectory {

	/**
	 * A tie dated only by its year or month sorts by the last day it may have begun: Wakayama
	 * (1983-01-14) comes before Coventry ("1983"), whichever name sorts first in the reader's
	 * language.
	 */
	private static final String ESTABLISHED_AT_THE_LATEST = "(case s.established_precision"
			+ " when 'YEAR' then s.established_on + interval '1 year' - interval '1 day'"
			+ " when 'MONTH' then s.established_on + interval '1 month' - interval '1 day'"
			+ " else s.established_on end)";


	private static final String PARTNERSHIP_COLUMNS = """
			s.id, s.kind, s.status, s.established_on, s.established_precision, s.demo, s.fields_of_cooperation,
			case when s.next_activity_on <= current_date
			  then (select max(a.occurred_on) from network.partner_activity a
			        where a.place_id = s.partner_place_id and a.occurred_on <= current_date)
			  else s.last_activity_on end as last_activity_on, s.notes,
			coalesce(k.names ->> :lang, k.names ->> 'en') as kind_name,
			p.id as p_id, p.code as p_code, coalesce(p.names ->> :lang, p.names ->> 'en') as p_name, p.country_code as p_country,
			p.continent as p_continent, p.latitude as p_lat, p.longitude as p_lon,
			h.id as h_id, h.code as h_code, coalesce(h.names ->> :lang, h.names ->> 'en') as h_name, h.country_code as h_country,
			h.continent as h_continent, h.latitude as h_lat, h.longitude as h_lon
			""";

	private static final String FROM = """
			from network.partnership s join network.place p on p.id = s.partner_place_id
			join network.place h on h.id = s.home_place_id join network.partnership_kind k on k.code = s.kind""";

	private final JdbcClient jdbc;

	private final tools.jackson.databind.json.JsonMapper json;

	private final FiguresCache caches;

	NetworkDirectoryViews(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json, FiguresCache caches) {
		this.json = json;
		this.jdbc = jdbc;
		this.caches = caches;
	}

	@Override
	public PageResult<PartnershipView> partnerships(PartnershipQuery query, String lang, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("lang", language(lang));
		List<String> where = new ArrayList<>(List.of("not s.archived"));
		if (query.kind() != null) {
			if (kinds(lang).stream().noneMatch(k -> k.code().equals(query.kind()))) {
				throw new InvalidInputException("kind", Reason.of("problem.kind", query.kind()));
			}
			where.add("s.kind = :kind");
			params.put("kind", query.kind());
		}
		if (query.status() != null) {
			where.add("s.status = :status");
			params.put("status", query.status().name());
		}
		if (query.continent() != null) {
			where.add("p.continent = :continent");
			params.put("continent", query.continent().name());
		}
		if (query.countryCode() != null) {
			// Lower case is accepted in the query string: ?country=fi
			CountryCode country = CountryCode.of("country", query.countryCode().toUpperCase(Locale.ROOT));
			where.add("p.country_code = :country");
			params.put("country", country.value());
		}
		String from = FROM + " where " + String.join(" and ", where);
		// Counting needs the partner place only to filter by it; the other joins always
		// match (foreign keys).
		String countFrom = " from network.partnership s"
				+ (query.continent() != null || query.countryCode() != null
						? " join network.place p on p.id = s.partner_place_id" : "")
				+ " where " + String.join(" and ", where);
		// Cached until the next change the directory shows (see FiguresCache); the total
		// is shared by every page.
		long total = caches.directory("count " + countFrom + params,
				() -> jdbc.sql("select count(*)" + countFrom).params(params).query(Long.class).single());
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<PartnershipView> items = caches.directory("page " + from + params,
				() -> List.copyOf(jdbc
					.sql("select " + PARTNERSHIP_COLUMNS + from
							+ " order by " + ESTABLISHED_AT_THE_LATEST + " nulls last, p_name, s.id limit :limit offset :offset")
					.params(params)
					.query((rs, n) -> partnership(rs))
					.list()));
		return PageResult.of(items, page, size, total);
	}

	@Override
	public Optional<PartnershipView> partnership(long id, String lang) {
		return jdbc.sql("select " + PARTNERSHIP_COLUMNS + FROM + " where s.id = :id")
			.param("lang", language(lang))
			.param("id", id)
			.query((rs, n) -> partnership(rs))
			.optional();
	}

	@Override
	public List<PartnershipView> partnershipsWith(String placeCode, String lang) {
		return jdbc
			.sql("select " + PARTNERSHIP_COLUMNS + FROM + " where p.code = :code and not s.archived order by s.id")
			.param("lang", language(lang))
			.param("code", placeCode)
			.query((rs, n) -> partnership(rs))
			.list();
	}

	@Override
	public NetworkSummary summary(String lang) {
		return jdbc
			.sql("""
					select (select coalesce(names ->> :lang, names ->> 'en') from network.place where is_home and parent_id is null
					        order by id limit 1) as home_name,
					       count(*) as partnerships,
					       count(distinct p.country_code) as countries,
					       count(distinct p.continent) as continents,
					       coalesce(bool_or(s.demo), false) as demo
					from network.partnership s join network.place p on p.id = s.partner_place_id
					where not s.archived and s.status <> 'ENDED'
					""")
			.param("lang", language(lang))
			.query((rs, n) -> new NetworkSummary(rs.getString("home_name"), rs.getLong("partnerships"),
					rs.getLong("countries"), rs.getLong("continents"), rs.getBoolean("demo")))
			.single();
	}

	@Override
	public List<KindName> kinds(String lang) {
		return jdbc.sql(
				"select code, coalesce(names ->> :lang, names ->> 'en') from network.partnership_kind order by sort_order, code")
			.param("lang", language(lang))
			.query((rs, n) -> new KindName(rs.getString(1), rs.getString(2)))
			.list();
	}

	@Override
	public Optional<Long> placeIdByCode(String code) {
		return jdbc.sql("select id from network.place where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional();
	}

	@Override
	public List<PlaceNames> places() {
		return jdbc.sql("select id, code, country_code, names::text as names from network.place order by id")
			.query((rs, row) -> new PlaceNames(rs.getLong("id"), rs.getString("code"), rs.getString("country_code"),
					json.readValue(rs.getString("names"),
							new tools.jackson.core.type.TypeReference<Map<String, String>>() {
							})))
			.list();
	}

	@Override
	public List<String> homePlaceCodes() {
		return jdbc.sql("select code from network.place where is_home order by parent_id is not null, id")
			.query(String.class)
			.list();
	}

	static String language(String lang) {
		return lang == null || lang.isBlank() ? "en" : lang.toLowerCase().substring(0, Math.min(2, lang.length()));
	}

	private static PartnershipView partnership(ResultSet rs) throws SQLException {
		LocalDate established = rs.getObject("established_on", LocalDate.class);
		PartialDate date = established == null ? PartialDate.UNKNOWN
				: new PartialDate(established, PartialDate.Precision.valueOf(rs.getString("established_precision")));
		LocalDate lastActivity = rs.getObject("last_activity_on", LocalDate.class);
		return new PartnershipView(rs.getLong("id"), place(rs, "p_"), place(rs, "h_"), rs.getString("kind"),
				rs.getString("kind_name"), PartnershipStatus.valueOf(rs.getString("status")), date.iso(),
				rs.getBoolean("demo"), Rows.strings(rs, "fields_of_cooperation"),
				lastActivity == null ? null : lastActivity.toString(), rs.getString("notes"));
	}

	private static PlaceSummary place(ResultSet rs, String prefix) throws SQLException {
		return new PlaceSummary(rs.getLong(prefix + "id"), rs.getString(prefix + "code"), rs.getString(prefix + "name"),
				rs.getString(prefix + "country"), Continent.valueOf(rs.getString(prefix + "continent")),
				(Double) rs.getObject(prefix + "lat"), (Double) rs.getObject(prefix + "lon"));
	}

}

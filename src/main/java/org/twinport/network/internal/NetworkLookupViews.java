package org.twinport.network.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.twinport.network.NetworkLookup;

/** Looks places, organizations and contacts up by code or id for other modules; writes nothing. */
@Service
class NetworkLookupViews implements NetworkLookup {

	private static final String PLACES = """
			select id, code, coalesce(names ->> :lang, names ->> 'en') as name, country_code, time_zone, latitude, longitude
			from network.place""";

	private static final String ORGANIZATIONS = """
			select id, code, coalesce(names ->> :lang, names ->> 'en') as name, place_id from network.organization""";

	private static final String CONTACTS = """
			select c.id, c.code, coalesce(c.names ->> :lang, c.full_name) as name, c.position,
			       coalesce(c.place_id, o.place_id) as place_id
			from network.contact c left join network.organization o on o.id = c.organization_id""";

	private static final RowMapper<PlaceRef> PLACE = (rs, n) -> new PlaceRef(rs.getLong("id"), rs.getString("code"),
			rs.getString("name"), rs.getString("country_code"), rs.getString("time_zone"),
			(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));

	private static final RowMapper<OrganizationRef> ORGANIZATION = (rs, n) -> new OrganizationRef(rs.getLong("id"),
			rs.getString("code"), rs.getString("name"), (Long) rs.getObject("place_id"));

	private static final RowMapper<ContactRef> CONTACT = (rs, n) -> new ContactRef(rs.getLong("id"),
			rs.getString("code"), rs.getString("name"), rs.getString("position"), (Long) rs.getObject("place_id"));

	private final JdbcClient jdbc;

	NetworkLookupViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<PlaceRef> place(String code, String lang) {
		return byCode(PLACES + " where code = :code", code, lang, PLACE);
	}

	@Override
	public Optional<OrganizationRef> organization(String code, String lang) {
		return byCode(ORGANIZATIONS + " where code = :code and not archived", code, lang, ORGANIZATION);
	}

	@Override
	public Optional<ContactRef> contact(String code, String lang) {
		return byCode(CONTACTS + " where c.code = :code and not c.archived", code, lang, CONTACT);
	}

	@Override
	public Map<Long, PlaceRef> places(Collection<Long> ids, String lang) {
		return byIds(PLACES + " where id = any(:ids)", ids, lang, PLACE, PlaceRef::id);
	}

	@Override
	public Map<Long, OrganizationRef> organizations(Collection<Long> ids, String lang) {
		return byIds(ORGANIZATIONS + " where id = any(:ids)", ids, lang, ORGANIZATION, OrganizationRef::id);
	}

	@Override
	public Map<Long, ContactRef> contacts(Collection<Long> ids, String lang) {
		return byIds(CONTACTS + " where c.id = any(:ids)", ids, lang, CONTACT, ContactRef::id);
	}

	private <T> Optional<T> byCode(String sql, String code, String lang, RowMapper<T> mapper) {
		if (code == null) {
			return Optional.empty();
		}
		return jdbc.sql(sql).param("code", code).param("lang", Rows.language(lang)).query(mapper).optional();
	}

	private <T> Map<Long, T> byIds(String sql, Collection<Long> ids, String lang, RowMapper<T> mapper,
			Function<T, Long> id) {
		Map<Long, T> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql(sql)
			.param("ids", ids.toArray(Long[]::new))
			.param("lang", Rows.language(lang))
			.query(mapper)
			.list()
			.forEach(row -> found.put(id.apply(row), row));
		return found;
	}

}

package org.twinport.matchmaking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.Companies;
import org.twinport.matchmaking.CompanyProfile;
import org.twinport.matchmaking.CompanySize;
import org.twinport.matchmaking.Offering;
import org.twinport.matchmaking.ProfileDraft;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkLookup;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/**
 * Company profiles: saved by their owners or the office, kept in step with the catalog's
 * merchants, and the rule of which company a user acts for; the rows the module's other
 * services read ({@link Row}). Over 300 lines because these share one row mapping and
 * one place lookup; the checks of a draft already live in {@link ProfileRules}.
 */
@Service
public class CompanyService implements Companies {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MerchantManagement merchants;

	private final NetworkDirectory directory;

	private final NetworkLookup lookup;

	CompanyService(JdbcClient jdbc, JsonMapper json, MerchantManagement merchants, NetworkDirectory directory,
			NetworkLookup lookup) {
		this.jdbc = jdbc;
		this.json = json;
		this.merchants = merchants;
		this.directory = directory;
		this.lookup = lookup;
	}

	/** Rows as stored, for scoring and for the other services of this module. */
	public record Row(long id, @Nullable Long merchantId, @Nullable Long ownerAccountId, String name, long placeId,
			String countryCode, CompanySize size, boolean openToMeetings, boolean demo, Facets facets,
			java.time.@Nullable LocalTime workStarts, java.time.@Nullable LocalTime workEnds) {
	}

	@Override
	public List<CompanyProfile> all(String lang) {
		syncMerchants();
		List<Row> rows = rows();
		Map<Long, NetworkLookup.PlaceRef> places = lookup.places(rows.stream().map(Row::placeId).distinct().toList(),
				lang);
		return rows.stream().map(row -> view(row, places.get(row.placeId()))).toList();
	}

	@Override
	public CompanyProfile company(long id, String lang) {
		Row row = row(id).orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noCompany")));
		return view(row, lookup.places(List.of(row.placeId()), lang).get(row.placeId()));
	}

	@Override
	public CompanyProfile mine(TwinportUser user, String lang) {
		Long id = actingFor(user);
		if (id == null) {
			throw new NotFoundException(Reason.of("matchmaking.problem.adminNamesCompany"));
		}
		return company(id, lang);
	}

	@Override
	@Transactional
	public CompanyProfile saveMine(TwinportUser user, ProfileDraft draft, String lang) {
		if (user.is(Role.BUYER)) {
			Facets facets = ProfileRules.facets(draft);
			long place = place(draft.placeCode());
			Long existing = jdbc.sql("select id from matchmaking.company where owner_account_id = :a")
				.param("a", user.id())
				.query(Long.class)
				.optional()
				.orElse(null);
			if (existing == null) {
				existing = jdbc.sql("""
						insert into matchmaking.company (owner_account_id, name, place_id, country_code, size, facets)
						values (:a, :name, :place, :country, :size, cast(:facets as jsonb)) returning id""")
					.param("a", user.id())
					.param("name", draft.name().strip())
					.param("place", place)
					.param("country", country(place))
					.param("size", draft.size().name())
					.param("facets", json.writeValueAsString(facets))
					.query(Long.class)
					.single();
			}
			return save(existing, draft, lang);
		}
		Long id = actingFor(user);
		if (id == null) {
			throw new InvalidInputException("company", Reason.of("matchmaking.problem.adminEditsById"));
		}
		return save(id, draft, lang);
	}

	@Override
	@Transactional
	public CompanyProfile save(long id, ProfileDraft draft, String lang) {
		Facets facets = ProfileRules.facets(draft);
		java.time.LocalTime[] hours = ProfileRules.workingHours(draft);
		long place = place(draft.placeCode());
		int changed = jdbc.sql("""
				update matchmaking.company set name = :name, place_id = :place, country_code = :country, size = :size,
				  open_to_meetings = :open, facets = cast(:facets as jsonb), updated_at = now()
				where id = :id""")
			.param("name", draft.name().strip())
			.param("place", place)
			.param("country", country(place))
			.param("size", draft.size().name())
			.param("open", draft.openToMeetings() == null || draft.openToMeetings())
			.param("facets", json.writeValueAsString(facets))
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noCompany"));
		}
		if (hours != null) {
			jdbc.sql("update matchmaking.company set work_starts = :from, work_ends = :to where id = :id")
				.param("from", hours[0])
				.param("to", hours[1])
				.param("id", id)
				.update();
		}
		return company(id, lang);
	}

	@Override
	@Transactional
	public CompanyProfile register(ProfileDraft draft, boolean demo, String lang) {
		Facets facets = ProfileRules.facets(draft);
		long place = place(draft.placeCode());
		long id = jdbc.sql("""
				insert into matchmaking.company (name, place_id, country_code, size, demo, facets)
				values (:name, :place, :country, :size, :demo, cast(:facets as jsonb)) returning id""")
			.param("name", draft.name().strip())
			.param("place", place)
			.param("country", country(place))
			.param("size", draft.size().name())
			.param("demo", demo)
			.param("facets", json.writeValueAsString(facets))
			.query(Long.class)
			.single();
		return save(id, draft, lang);
	}

	@Override
	@Transactional
	public CompanyProfile ofMerchant(long merchantId, String lang) {
		syncMerchant(merchantId);
		long id = jdbc.sql("select id from matchmaking.company where merchant_id = :m")
			.param("m", merchantId)
			.query(Long.class)
			.single();
		return company(id, lang);
	}

	@Override
	@Transactional
	public int syncMerchants() {
		Set<Long> known = new HashSet<>(
				jdbc.sql("select merchant_id from matchmaking.company where merchant_id is not null")
					.query(Long.class)
					.list());
		int added = 0;
		for (MerchantView merchant : merchants.merchants()) {
			if (!known.contains(merchant.id())) {
				insertFor(merchant);
				added++;
			}
		}
		return added;
	}

	/** Creates the profile of one merchant if it has none yet. */
	@Transactional
	public void syncMerchant(long merchantId) {
		boolean known = jdbc.sql("select count(*) from matchmaking.company where merchant_id = :m")
			.param("m", merchantId)
			.query(Long.class)
			.single() > 0;
		if (!known) {
			insertFor(merchants.merchant(merchantId));
		}
	}

	/**
	 * The company the user acts for: null for ADMIN (who names one), the merchant's
	 * profile for a MERCHANT, the owned company for a BUYER.
	 */
	public @Nullable Long actingFor(TwinportUser user) {
		if (user.is(Role.ADMIN)) {
			return null;
		}
		if (user.is(Role.MERCHANT) && user.companyId() != null) {
			return jdbc.sql("select id from matchmaking.company where merchant_id = :m")
				.param("m", user.companyId())
				.query(Long.class)
				.optional()
				.orElseGet(() -> insertFor(merchants.merchant(user.companyId())));
		}
		if (user.is(Role.BUYER)) {
			return jdbc.sql("select id from matchmaking.company where owner_account_id = :a")
				.param("a", user.id())
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new NotFoundException(
						Reason.of("matchmaking.problem.profileFirst")));
		}
		throw new AccessDeniedException("This account acts for no company");
	}

	/**
	 * Like {@link #actingFor} but null instead of an error when the user acts for no
	 * company (yet).
	 */
	public @Nullable Long actingForOrNull(TwinportUser user) {
		try {
			return actingFor(user);
		}
		catch (NotFoundException | AccessDeniedException ex) {
			return null;
		}
	}

	public java.util.Optional<Row> row(long id) {
		return jdbc.sql("select * from matchmaking.company where id = :id")
			.param("id", id)
			.query(this::mapRow)
			.optional();
	}

	public List<Row> rows() {
		return jdbc.sql("select * from matchmaking.company order by id").query(this::mapRow).list();
	}

	/** The companies with these ids, in one query. */
	List<Row> rows(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from matchmaking.company where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(this::mapRow)
			.list();
	}

	private long insertFor(MerchantView merchant) {
		String lang = Languages.ofCountry(merchant.countryCode());
		Facets facets = new Facets(Map.of(), List.of(), List.of(), List.of(), List.of(Offering.SUPPLIER),
				List.of(Offering.BUYER, Offering.DISTRIBUTION_PARTNER), List.of(),
				lang == null ? List.of() : List.of(lang));
		return jdbc.sql("""
				insert into matchmaking.company (merchant_id, name, place_id, country_code, size, demo, facets)
				values (:m, :name, :place, :country, 'SMALL', :demo, cast(:facets as jsonb))
				on conflict (merchant_id) do update set updated_at = matchmaking.company.updated_at
				returning id""")
			.param("m", merchant.id())
			.param("name", merchant.displayNames().getOrDefault("en", merchant.legalName()))
			.param("place", merchant.homePlaceId())
			.param("country", merchant.countryCode())
			.param("demo", merchant.demo())
			.param("facets", json.writeValueAsString(facets))
			.query(Long.class)
			.single();
	}

	private long place(@Nullable String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException("placeCode", Reason.of("matchmaking.problem.placeCode"));
		}
		return directory.placeIdByCode(code.strip())
			.orElseThrow(() -> new InvalidInputException("placeCode", Reason.of("matchmaking.problem.notPlace")));
	}

	private String country(long placeId) {
		return directory.places().stream().filter(p -> p.id() == placeId).findFirst().orElseThrow().countryCode();
	}

	private Row mapRow(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), (Long) rs.getObject("merchant_id"), (Long) rs.getObject("owner_account_id"),
				rs.getString("name"), rs.getLong("place_id"), rs.getString("country_code"),
				CompanySize.valueOf(rs.getString("size")), rs.getBoolean("open_to_meetings"), rs.getBoolean("demo"),
				json.readValue(rs.getString("facets"), Facets.class), rs.getObject("work_starts", java.time.LocalTime.class),
				rs.getObject("work_ends", java.time.LocalTime.class));
	}

	static CompanyProfile view(Row row, NetworkLookup.PlaceRef place) {
		Facets f = row.facets();
		return new CompanyProfile(row.id(), row.merchantId(), row.name(), row.placeId(),
				place == null ? null : place.code(), place == null ? null : place.name(), row.countryCode(),
				place == null ? null : place.timeZone(), row.size(), row.openToMeetings(), row.demo(), f.descriptions(),
				f.sellsHs(), f.buysHs(), f.isicSections(), f.offers(), f.seeks(), f.markets(), f.languages(),
				String.valueOf(row.workStarts()), String.valueOf(row.workEnds()));
	}

}

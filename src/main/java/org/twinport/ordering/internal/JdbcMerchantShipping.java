package org.twinport.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.MerchantManagement;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.MerchantShipping;
import org.twinport.ordering.ShippingZone;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/**
 * Shipping zones and rates kept in ordering.shipping_zone and ordering.shipping_rate, the
 * same rows {@link ShippingProfiles} prices consignments from.
 */
@Service
class JdbcMerchantShipping implements MerchantShipping {

	static final int MAX_RATES = 40;

	static final int MAX_WEIGHT_GRAMS = 1_000_000;

	private final JdbcClient jdbc;

	private final Markets markets;

	private final MerchantManagement merchants;

	private final FxRates fx;

	JdbcMerchantShipping(JdbcClient jdbc, Markets markets, MerchantManagement merchants, FxRates fx) {
		this.jdbc = jdbc;
		this.markets = markets;
		this.merchants = merchants;
		this.fx = fx;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShippingZone> zones(TwinportUser actor, Long merchantId) {
		return load(merchant(actor, merchantId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShippingZone> defaults() {
		return load(null);
	}

	@Override
	@Transactional
	public ShippingZone save(TwinportUser actor, Long merchantId, ShippingZone zone) {
		long merchant = merchant(actor, merchantId);
		ShippingZone checked = checked(zone);
		jdbc.sql("delete from ordering.shipping_zone where merchant_id = :m and code = :c")
			.param("m", merchant)
			.param("c", checked.code())
			.update();
		long id = jdbc
			.sql("insert into ordering.shipping_zone (merchant_id, code, countries) values (:m, :c, :countries) "
					+ "returning id")
			.param("m", merchant)
			.param("c", checked.code())
			.param("countries", checked.countries().toArray(String[]::new))
			.query(Long.class)
			.single();
		for (ShippingZone.Rate rate : checked.rates()) {
			jdbc.sql("""
					insert into ordering.shipping_rate (zone_id, service, max_weight_grams, amount, currency,
					  transit_min_days, transit_max_days) values (:z, :s, :w, :a, :c, :min, :max)""")
				.param("z", id)
				.param("s", rate.service())
				.param("w", rate.maxWeightGrams())
				.param("a", rate.price().amount())
				.param("c", rate.price().currency())
				.param("min", rate.transitMinDays())
				.param("max", rate.transitMaxDays())
				.update();
		}
		return load(merchant).stream().filter(z -> z.code().equals(checked.code())).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	public void delete(TwinportUser actor, Long merchantId, String code) {
		long merchant = merchant(actor, merchantId);
		int deleted = jdbc.sql("delete from ordering.shipping_zone where merchant_id = :m and code = :c")
			.param("m", merchant)
			.param("c", code)
			.update();
		if (deleted == 0) {
			throw new NotFoundException(Reason.of("ordering.problem.noShippingZone", code));
		}
	}

	private long merchant(TwinportUser actor, Long merchantId) {
		if (actor.is(Role.MERCHANT) && actor.companyId() != null) {
			if (merchantId != null && !merchantId.equals(actor.companyId())) {
				throw new AccessDeniedException("A merchant edits only its own shipping profile");
			}
			return actor.companyId();
		}
		if (actor.is(Role.ADMIN)) {
			if (merchantId == null) {
				throw new InvalidInputException("merchantId", Reason.of("ordering.problem.merchantForAdmin"));
			}
			try {
				merchants.merchant(merchantId);
			}
			catch (RuntimeException ex) {
				throw new NotFoundException(Reason.of("ordering.problem.noMerchant", String.valueOf(merchantId)));
			}
			return merchantId;
		}
		throw new AccessDeniedException("Only a merchant or ADMIN edits shipping profiles");
	}

	private ShippingZone checked(ShippingZone zone) {
		if (zone == null) {
			throw new InvalidInputException("code", Reason.of("problem.required"));
		}
		String code = zone.code() == null ? "" : zone.code().strip().toLowerCase(Locale.ROOT);
		if (!code.matches("^[a-z0-9][a-z0-9-]{0,39}$")) {
			throw new InvalidInputException("code", Reason.of("ordering.problem.zoneCode"));
		}
		if (zone.countries() == null || zone.countries().isEmpty()) {
			throw new InvalidInputException("countries", Reason.of("ordering.problem.zoneCountries"));
		}
		Set<String> countries = new java.util.LinkedHashSet<>();
		for (int i = 0; i < zone.countries().size(); i++) {
			String country = zone.countries().get(i) == null ? null
					: zone.countries().get(i).strip().toUpperCase(Locale.ROOT);
			markets.market(country, "countries[" + i + "]");
			countries.add(country);
		}
		if (zone.rates() == null || zone.rates().isEmpty()) {
			throw new InvalidInputException("rates", Reason.of("ordering.problem.ratesAtLeastOne"));
		}
		if (zone.rates().size() > MAX_RATES) {
			throw new InvalidInputException("rates", Reason.of("ordering.problem.ratesAtMost", MAX_RATES));
		}
		Set<String> brackets = new HashSet<>();
		Set<String> known = fx.latest().map(set -> set.perEur().keySet()).orElse(Set.of());
		List<ShippingZone.Rate> rates = new ArrayList<>();
		for (int i = 0; i < zone.rates().size(); i++) {
			ShippingZone.Rate rate = zone.rates().get(i);
			String at = "rates[" + i + "].";
			if (rate == null) {
				throw new InvalidInputException("rates[" + i + "]", Reason.of("problem.required"));
			}
			String service = rate.service() == null ? "" : rate.service().strip().toUpperCase(Locale.ROOT);
			if (!service.equals("POSTAL") && !service.equals("EXPRESS")) {
				throw new InvalidInputException(at + "service", Reason.of("ordering.problem.shippingService"));
			}
			if (rate.maxWeightGrams() == null || rate.maxWeightGrams() < 1
					|| rate.maxWeightGrams() > MAX_WEIGHT_GRAMS) {
				throw new InvalidInputException(at + "maxWeightGrams", Reason.of("ordering.problem.maxWeight", MAX_WEIGHT_GRAMS));
			}
			if (!brackets.add(service + "/" + rate.maxWeightGrams())) {
				throw new InvalidInputException(at + "maxWeightGrams",
						Reason.of("ordering.problem.repeatedBracket", service, rate.maxWeightGrams()));
			}
			Money price = rate.price();
			if (price == null) {
				throw new InvalidInputException(at + "price", Reason.of("problem.required"));
			}
			if (price.isNegative()) {
				throw new InvalidInputException(at + "price.amount", Reason.of("ordering.problem.notNegative"));
			}
			if (price.amount().stripTrailingZeros().scale() > Money.minorUnits(price.currency())) {
				throw new InvalidInputException(at + "price.amount",
						Reason.of("ordering.problem.decimals", price.currency()));
			}
			if (!price.currency().equals("EUR") && !known.contains(price.currency())) {
				throw new InvalidInputException(at + "price.currency",
						Reason.of("ordering.problem.noExchangeRate", String.join(", ", new java.util.TreeSet<>(known))));
			}
			if (rate.transitMinDays() == null || rate.transitMinDays() < 0 || rate.transitMinDays() > 120) {
				throw new InvalidInputException(at + "transitMinDays", Reason.of("ordering.problem.transitDays"));
			}
			if (rate.transitMaxDays() == null || rate.transitMaxDays() < rate.transitMinDays()
					|| rate.transitMaxDays() > 120) {
				throw new InvalidInputException(at + "transitMaxDays",
						Reason.of("ordering.problem.transitMaxDays"));
			}
			rates.add(new ShippingZone.Rate(service, rate.maxWeightGrams(), price, rate.transitMinDays(),
					rate.transitMaxDays()));
		}
		return new ShippingZone(code, List.copyOf(countries), rates);
	}

	private List<ShippingZone> load(Long merchant) {
		Map<String, List<ShippingZone.Rate>> rates = new LinkedHashMap<>();
		Map<String, List<String>> countries = new LinkedHashMap<>();
		jdbc.sql("""
				select z.code, z.countries, r.service, r.max_weight_grams, r.amount, r.currency, r.transit_min_days,
				  r.transit_max_days
				from ordering.shipping_zone z left join ordering.shipping_rate r on r.zone_id = z.id
				where z.merchant_id is not distinct from cast(:m as bigint)
				order by z.code, r.service desc, r.max_weight_grams""").param("m", merchant).query((ResultSet rs) -> {
			String code = rs.getString(1);
			countries.computeIfAbsent(code, c -> countries(rs));
			List<ShippingZone.Rate> list = rates.computeIfAbsent(code, c -> new ArrayList<>());
			if (rs.getString(3) != null) {
				list.add(new ShippingZone.Rate(rs.getString(3), rs.getInt(4),
						new Money(rs.getBigDecimal(5), rs.getString(6)).rounded(), rs.getInt(7), rs.getInt(8)));
			}
		});
		return countries.keySet()
			.stream()
			.map(code -> new ShippingZone(code, countries.get(code), List.copyOf(rates.get(code))))
			.toList();
	}

	private static List<String> countries(ResultSet rs) {
		try {
			return List.of((String[]) rs.getArray(2).getArray());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

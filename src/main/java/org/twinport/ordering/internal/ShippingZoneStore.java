package org.twinport.ordering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.twinport.ordering.ShippingZone;
import org.twinport.shared.Money;

/**
 * The one writer of ordering.shipping_zone and ordering.shipping_rate: each zone stored
 * with all its rates. A merchant of null is the platform's default profile.
 */
@Repository
class ShippingZoneStore {

	private final JdbcClient jdbc;

	private final ShippingProfiles profiles;

	ShippingZoneStore(JdbcClient jdbc, ShippingProfiles profiles) {
		this.jdbc = jdbc;
		this.profiles = profiles;
	}

	/** Creates the merchant's zone or replaces it and all its rates. */
	void replace(long merchant, ShippingZone zone) {
		delete(merchant, zone.code());
		long id = jdbc
			.sql("insert into ordering.shipping_zone (merchant_id, code, countries) values (:m, :c, :countries) "
					+ "returning id")
			.param("m", merchant)
			.param("c", zone.code())
			.param("countries", zone.countries().toArray(String[]::new))
			.query(Long.class)
			.single();
		for (ShippingZone.Rate rate : zone.rates()) {
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
	}

	/** Deletes the zone with its rates; false when the merchant has no such zone. */
	boolean delete(long merchant, String code) {
		profiles.changed(merchant);
		return jdbc.sql("delete from ordering.shipping_zone where merchant_id = :m and code = :c")
			.param("m", merchant)
			.param("c", code)
			.update() > 0;
	}

	/** The merchant's zones by code, each with its rates by service and weight. */
	List<ShippingZone> of(@Nullable Long merchant) {
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

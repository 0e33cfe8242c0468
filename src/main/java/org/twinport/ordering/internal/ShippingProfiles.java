package org.twinport.ordering.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.platform.RefreshingValue;
import org.twinport.platform.SharedDataCaches;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;

/**
 * Shipping cost and transit days from the profiles kept as data: the merchant's own zone
 * for the destination if it has one, else the platform default; then the smallest weight
 * bracket that holds the consignment.
 * <p>
 * Each merchant's rates and the platform's are read in one query and kept under the
 * rule of {@link SharedDataCaches}: trusted for the shared-data time to live, dropped at
 * once (and again when the transaction ends) when {@link ShippingZoneStore} changes the
 * merchant's zones on this node. A review then prices shipping without a query.
 */
@Component
class ShippingProfiles {

	/** More merchants than that are read again rather than kept. */
	static final int MAX_MERCHANTS = 4096;

	record Rate(Money amount, int transitMin, int transitMax) {

		String transitDays() {
			return transitMin + "–" + transitMax;
		}
	}

	/** One rate of a zone, in the order the choice takes them: the merchant's own first, then by weight. */
	private record Bracket(List<String> countries, String service, int maxWeightGrams, Rate rate) {
	}

	private final JdbcClient jdbc;

	private final SharedDataCaches caches;

	private final Map<Long, RefreshingValue<List<Bracket>>> merchants = new ConcurrentHashMap<>();

	ShippingProfiles(JdbcClient jdbc, SharedDataCaches caches) {
		this.jdbc = jdbc;
		this.caches = caches;
	}

	Rate rate(long merchantId, String country, String service, int weightGrams) {
		int grams = Math.max(weightGrams, 1);
		for (Bracket bracket : brackets(merchantId).get()) {
			if (bracket.maxWeightGrams() >= grams && bracket.service().equals(service)
					&& bracket.countries().contains(country)) {
				return bracket.rate();
			}
		}
		throw new InvalidInputException("shipping",
				Reason.of("ordering.problem.noShippingService", service, country, weightGrams));
	}

	/** The merchant's zones change on this node: its rates are read again. */
	void changed(long merchantId) {
		brackets(merchantId).invalidate();
	}

	private RefreshingValue<List<Bracket>> brackets(long merchantId) {
		RefreshingValue<List<Bracket>> value = merchants.get(merchantId);
		if (value == null) {
			if (merchants.size() >= MAX_MERCHANTS) {
				merchants.clear();
			}
			value = merchants.computeIfAbsent(merchantId, m -> caches.value(() -> read(m)));
		}
		return value;
	}

	private List<Bracket> read(long merchantId) {
		return jdbc.sql("""
				select z.countries, r.service, r.max_weight_grams, r.amount, r.currency, r.transit_min_days,
				  r.transit_max_days
				from ordering.shipping_zone z join ordering.shipping_rate r on r.zone_id = z.id
				where z.merchant_id = :m or z.merchant_id is null
				order by z.merchant_id nulls last, r.max_weight_grams""")
			.param("m", merchantId)
			.query((rs, n) -> new Bracket(List.of((String[]) rs.getArray(1).getArray()), rs.getString(2), rs.getInt(3),
					new Rate(new Money(rs.getBigDecimal(4), rs.getString(5)).rounded(), rs.getInt(6), rs.getInt(7))))
			.list();
	}

}

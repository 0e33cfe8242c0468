package org.twinport.ordering.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;

/**
 * Shipping cost and transit days from the profiles kept as data: the merchant's own zone
 * for the destination if it has one, else the platform default; then the smallest weight
 * bracket that holds the consignment.
 */
@Component
class ShippingProfiles {

	record Rate(Money amount, int transitMin, int transitMax) {

		String transitDays() {
			return transitMin + "–" + transitMax;
		}
	}

	private final JdbcClient jdbc;

	ShippingProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Rate rate(long merchantId, String country, String service, int weightGrams) {
		return jdbc.sql("""
				select r.amount, r.currency, r.transit_min_days, r.transit_max_days
				from ordering.shipping_zone z join ordering.shipping_rate r on r.zone_id = z.id
				where (z.merchant_id = :m or z.merchant_id is null) and :country = any(z.countries)
				  and r.service = :service and r.max_weight_grams >= :grams
				order by z.merchant_id nulls last, r.max_weight_grams limit 1""")
			.param("m", merchantId)
			.param("country", country)
			.param("service", service)
			.param("grams", Math.max(weightGrams, 1))
			.query((rs, n) -> new Rate(new Money(rs.getBigDecimal(1), rs.getString(2)).rounded(), rs.getInt(3),
					rs.getInt(4)))
			.optional()
			.orElseThrow(() -> new InvalidInputException("shipping",
					Reason.of("ordering.problem.noShippingService", service, country, weightGrams)));
	}

}

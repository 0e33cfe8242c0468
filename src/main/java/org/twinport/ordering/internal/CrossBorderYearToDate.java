package org.twinport.ordering.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.shared.Money;

/**
 * What a buyer has already imported into a market this calendar year through retail
 * orders, goods and shipping as the cross-border retail quota counts them (China: CNY
 * 26,000 a year per person). Cancelled and refunded orders do not count. Summed in the
 * cart's currency: a market whose quota is counted this way accepts one currency (China
 * accepts CNY only).
 */
@Component
class CrossBorderYearToDate {

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	CrossBorderYearToDate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Money of(long buyerId, String market, String currency) {
		LocalDate yearStart = LocalDate.now(clock).withDayOfYear(1);
		BigDecimal total = jdbc.sql("""
				select coalesce(sum(goods + shipping), 0) from ordering.customer_order
				where buyer_id = :buyer and market = :market and currency = :currency and kind = 'RETAIL'
				  and status not in ('CANCELLED', 'REFUNDED') and placed_at >= :from""")
			.param("buyer", buyerId)
			.param("market", market)
			.param("currency", currency)
			.param("from", yearStart.atStartOfDay().atOffset(ZoneOffset.UTC))
			.query(BigDecimal.class)
			.single();
		return new Money(total, currency);
	}

}

package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

import org.twinport.pricing.ExchangeRates;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Round-number reference rates against EUR, so that worked examples can be checked by
 * hand.
 */
record FixedRates(String id, Map<String, BigDecimal> perEuro) implements ExchangeRates {

	static FixedRates handy() {
		return new FixedRates("test-rates",
				Map.of("EUR", BigDecimal.ONE, "USD", new BigDecimal("1.08"), "GBP", new BigDecimal("0.85"), "JPY",
						new BigDecimal("160"), "KRW", new BigDecimal("1450"), "RUB", new BigDecimal("100"), "AUD",
						new BigDecimal("1.65"), "CNY", new BigDecimal("7.8")));
	}

	@Override
	public BigDecimal rate(String from, String to) {
		BigDecimal a = perEuro.get(from);
		BigDecimal b = perEuro.get(to);
		if (a == null || b == null) {
			throw new InvalidInputException("currency", Reason.of("catalog.problem.noRates"));
		}
		return b.divide(a, MathContext.DECIMAL64);
	}

}

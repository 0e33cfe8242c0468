package org.twinport.pricing;

import java.math.BigDecimal;

import org.twinport.shared.Money;

/** One dated set of exchange rates, as a quote uses it. */
public interface ExchangeRates {

	/** The identifier of the rate set, recorded on every quote. */
	String id();

	/**
	 * How many units of {@code to} one unit of {@code from} buys.
	 * @throws org.twinport.shared.InvalidInputException when the set has no rate for one
	 * of the currencies
	 */
	BigDecimal rate(String from, String to);

	/** The amount in another currency, unrounded. */
	default Money convert(Money money, String to) {
		if (money.currency().equals(to)) {
			return money;
		}
		return new Money(money.amount().multiply(rate(money.currency(), to), java.math.MathContext.DECIMAL64), to);
	}

}

package org.twinport.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of money in an ISO 4217 currency. Never a float: the amount is a decimal, written in JSON as a string
 * ({@code {"amount": "12.50", "currency": "EUR"}}).
 */
public record Money(BigDecimal amount, String currency) {

	/** ISO 4217 codes with their minor units, looked up once: money is created on every hot path. */
	private static final Map<String, Integer> MINOR_UNITS = Currency.getAvailableCurrencies()
		.stream()
		.collect(java.util.stream.Collectors.toUnmodifiableMap(Currency::getCurrencyCode,
				c -> Math.max(0, c.getDefaultFractionDigits())));

	public Money {
		if (amount == null) {
			throw new InvalidInputException("amount", "is required");
		}
		currency = checkedCurrency(currency);
	}

	public static Money of(String amount, String currency) {
		try {
			return new Money(new BigDecimal(amount), currency);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("amount", "must be a decimal number such as 12.50");
		}
	}

	/** Zero, written with the currency's minor unit: {@code 0.00 EUR}, {@code 0 JPY}. */
	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, checkedCurrency(currency)).rounded();
	}

	/** The number of decimals the currency uses: 0 for JPY and KRW, 2 for most others. */
	public static int minorUnits(String currency) {
		Integer digits = MINOR_UNITS.get(currency);
		return digits != null ? digits : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.subtract(other.amount), currency);
	}

	public Money times(BigDecimal factor) {
		return new Money(amount.multiply(factor), currency);
	}

	/** Rounded half-up to the currency's minor unit. */
	public Money rounded() {
		return new Money(amount.setScale(minorUnits(currency), RoundingMode.HALF_UP), currency);
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public int compareTo(Money other) {
		requireSameCurrency(other);
		return amount.compareTo(other.amount);
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
		}
	}

	private static String checkedCurrency(String code) {
		if (code != null && MINOR_UNITS.containsKey(code)) {
			return code;
		}
		if (code == null || !code.matches("^[A-Z]{3}$")) {
			throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR");
		}
		try {
			Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("currency", "'" + code + "' is not an ISO 4217 currency");
		}
		return code;
	}

	/** The JSON form: the amount as a plain decimal string, never a float or an exponent. */
	@JsonValue
	public Map<String, String> json() {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("amount", amount.toPlainString());
		json.put("currency", currency);
		return json;
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency;
	}

}

package org.twinport.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of an ISO 4217 currency. In JSON it is always {@code {"amount": "12.50", "currency": "EUR"}}: the amount
 * is a decimal string, never a float.
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		if (amount == null) {
			throw new InvalidInputException("amount", "is required");
		}
		currency = checkedCurrency(currency).getCurrencyCode();
	}

	/**
	 * Reads an amount as a client sent it: not negative, in a known currency, with no more decimals than the
	 * currency's minor unit.
	 * @param field the field to name when the input is refused
	 */
	public static Money parse(String amount, String currency, String field) {
		Currency unit;
		try {
			unit = checkedCurrency(currency);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(field + ".currency", ex.getMessage());
		}
		if (amount == null || !amount.matches("^-?[0-9]{1,15}(\\.[0-9]{1,8})?$")) {
			throw new InvalidInputException(field + ".amount", "must be a decimal string such as \"12.50\"");
		}
		BigDecimal value = new BigDecimal(amount);
		if (value.signum() < 0) {
			throw new InvalidInputException(field + ".amount", "must not be negative");
		}
		if (value.stripTrailingZeros().scale() > Math.max(0, unit.getDefaultFractionDigits())) {
			throw new InvalidInputException(field + ".amount",
					"has more decimals than " + unit.getCurrencyCode() + " allows (" + unit.getDefaultFractionDigits() + ")");
		}
		return new Money(value, unit.getCurrencyCode());
	}

	@JsonCreator
	static Money fromJson(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
		return parse(amount, currency, "price");
	}

	public static Currency checkedCurrency(String code) {
		if (code == null || !code.matches("^[A-Z]{3}$")) {
			throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR");
		}
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("currency", "is not a known ISO 4217 currency");
		}
	}

	/** Rounded half-up to the currency's minor unit: 0 decimals for JPY and KRW, 2 for most others. */
	public Money rounded() {
		int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		return new Money(amount.setScale(digits, RoundingMode.HALF_UP), currency);
	}

	@JsonValue
	Map<String, String> json() {
		Map<String, String> json = new java.util.LinkedHashMap<>();
		json.put("amount", amount.toPlainString());
		json.put("currency", currency);
		return json;
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency;
	}

}

package org.twinport.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * An amount of an ISO 4217 currency. In JSON it is always {@code {"amount": "12.50",
 * "currency": "EUR"}}: the amount is a decimal string, never a float.
 */
@JsonSerialize(using = Money.JsonWriter.class)
@Schema(name = "Money",
		description = "An amount of an ISO 4217 currency; the amount is a decimal string, never a float")
public record Money(@Schema(type = "string", example = "12.50", description = "decimal string") BigDecimal amount,
		@Schema(example = "EUR", description = "ISO 4217 code") String currency) {

	/**
	 * ISO 4217 codes with their minor units, looked up once: money is created on every
	 * hot path.
	 */
	private static final Map<String, Integer> MINOR_UNITS = Currency.getAvailableCurrencies()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Currency::getCurrencyCode,
				c -> Math.max(0, c.getDefaultFractionDigits())));

	public Money {
		if (amount == null) {
			throw new InvalidInputException("amount", Reason.of("problem.required"));
		}
		if (currency == null || !MINOR_UNITS.containsKey(currency)) {
			currency = checkedCurrency(currency).getCurrencyCode();
		}
	}

	/** An amount from trusted code, for example a constant or a computation. */
	public static Money of(String amount, String currency) {
		try {
			return new Money(new BigDecimal(amount), currency);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("amount", Reason.of("shared.problem.decimalNumber"));
		}
	}

	/**
	 * Reads an amount as a client sent it: not negative, in a known currency, with no
	 * more decimals than the currency's minor unit.
	 * @param field the field to name when the input is refused
	 */
	public static Money parse(String amount, String currency, String field) {
		Currency unit;
		try {
			unit = checkedCurrency(currency);
		}
		catch (InvalidInputException ex) {
			throw ex.about(field + ".currency");
		}
		if (amount == null || !DECIMAL.matcher(amount).matches()) {
			throw new InvalidInputException(field + ".amount", Reason.of("shared.problem.decimalString"));
		}
		BigDecimal value = new BigDecimal(amount);
		if (value.signum() < 0) {
			throw new InvalidInputException(field + ".amount", Reason.of("shared.problem.notNegative"));
		}
		if (value.stripTrailingZeros().scale() > Math.max(0, unit.getDefaultFractionDigits())) {
			throw new InvalidInputException(field + ".amount", Reason.of("shared.problem.tooManyDecimals",
					unit.getCurrencyCode(), unit.getDefaultFractionDigits()));
		}
		return new Money(value, unit.getCurrencyCode());
	}

	@JsonCreator
	static Money fromJson(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
		return parse(amount, currency, "price");
	}

	public static Currency checkedCurrency(String code) {
		return Currency.getInstance(CurrencyCode.of("currency", code).value());
	}

	private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]{1," + Decimals.MAX_INTEGER_DIGITS + "}(\\.[0-9]{1," + Decimals.MAX_FRACTION_DIGITS + "})?$");

	private static final Pattern CURRENCY_CODE = Pattern.compile("^[A-Z]{3}$");

	private static final Map<String, Money> ZEROS = new java.util.concurrent.ConcurrentHashMap<>();

	/** Zero, written with the currency's minor unit: {@code 0.00 EUR}, {@code 0 JPY}. */
	public static Money zero(String currency) {
		Money zero = ZEROS.get(currency);
		if (zero == null) {
			zero = new Money(BigDecimal.ZERO, currency).rounded();
			ZEROS.put(zero.currency(), zero);
		}
		return zero;
	}

	/** The number of decimals the currency uses: 0 for JPY and KRW, 2 for most others. */
	public static int minorUnits(String currency) {
		Integer digits = MINOR_UNITS.get(currency);
		return digits != null ? digits : Math.max(0, checkedCurrency(currency).getDefaultFractionDigits());
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

	/**
	 * Rounded half-up to the currency's minor unit: 0 decimals for JPY and KRW, 2 for
	 * most others.
	 */
	public Money rounded() {
		return new Money(amount.setScale(minorUnits(currency), RoundingMode.HALF_UP), currency);
	}

	@JsonIgnore
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

	/**
	 * The JSON form: the amount as a plain decimal string, never a float or an exponent.
	 */
	/**
	 * Writes {@code {"amount": "12.50", "currency": "EUR"}} straight to the generator:
	 * money is in every quote and order, and going through a map for each amount cost a
	 * tenth of a quote's CPU.
	 */
	static final class JsonWriter extends StdSerializer<Money> {

		JsonWriter() {
			super(Money.class);
		}

		@Override
		public void serialize(Money money, JsonGenerator generator, SerializationContext context) {
			generator.writeStartObject(money);
			generator.writeStringProperty("amount", money.amount.toPlainString());
			generator.writeStringProperty("currency", money.currency);
			generator.writeEndObject();
		}

	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency;
	}

}

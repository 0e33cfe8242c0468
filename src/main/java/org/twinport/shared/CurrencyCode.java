package org.twinport.shared;

import java.util.Currency;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A currency as its ISO 4217 code ({@code EUR}, {@code CNY}), one the JDK knows. */
public record CurrencyCode(String value) {

	private static final Pattern FORM = Pattern.compile("[A-Z]{3}");

	public CurrencyCode {
		if (!isValid(value)) {
			throw new InvalidInputException("currency", Reason.of("value.currency", String.valueOf(value)));
		}
	}

	/** The code named by a request's field, refused with that field's name. */
	public static CurrencyCode of(String field, @Nullable String value) {
		if (!isValid(value)) {
			throw new InvalidInputException(field, Reason.of("value.currency", String.valueOf(value)));
		}
		return new CurrencyCode(value);
	}

	public static boolean isValid(@Nullable String value) {
		if (value == null || !FORM.matcher(value).matches()) {
			return false;
		}
		try {
			Currency.getInstance(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return value;
	}

}

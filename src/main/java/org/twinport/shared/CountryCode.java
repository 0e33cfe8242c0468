package org.twinport.shared;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A country as its ISO 3166-1 alpha-2 code ({@code FI}, {@code CN}), upper case, one the
 * JDK knows as assigned.
 */
public record CountryCode(String value) {

	private static final Pattern FORM = Pattern.compile("[A-Z]{2}");

	private static final Set<String> ASSIGNED = Set.of(java.util.Locale.getISOCountries());

	public CountryCode {
		if (!isValid(value)) {
			throw new InvalidInputException("country", Reason.of("value.country", String.valueOf(value)));
		}
	}

	/** The code named by a request's field, refused with that field's name. */
	public static CountryCode of(String field, @org.jspecify.annotations.Nullable String value) {
		if (!isValid(value)) {
			throw new InvalidInputException(field, Reason.of("value.country", String.valueOf(value)));
		}
		return new CountryCode(value);
	}

	public static boolean isValid(@org.jspecify.annotations.Nullable String value) {
		return value != null && FORM.matcher(value).matches() && ASSIGNED.contains(value);
	}

	@Override
	public String toString() {
		return value;
	}

}

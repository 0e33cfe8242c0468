package org.twinport.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A language as its ISO 639-1 code ({@code fi}, {@code zh}), lower case. */
public record LanguageCode(String value) {

	private static final Pattern FORM = Pattern.compile("[a-z]{2}");

	private static final Set<String> ASSIGNED = Set.of(Locale.getISOLanguages());

	public LanguageCode {
		if (!isValid(value)) {
			throw new InvalidInputException("language", Reason.of("value.language", String.valueOf(value)));
		}
	}

	/** The code named by a request's field, refused with that field's name. */
	public static LanguageCode of(String field, @Nullable String value) {
		if (!isValid(value)) {
			throw new InvalidInputException(field, Reason.of("value.language", String.valueOf(value)));
		}
		return new LanguageCode(value);
	}

	public static boolean isValid(@Nullable String value) {
		return value != null && FORM.matcher(value).matches() && ASSIGNED.contains(value);
	}

	public Locale locale() {
		return Locale.of(value);
	}

	@Override
	public String toString() {
		return value;
	}

}

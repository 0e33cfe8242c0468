package org.twinport.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A market's own tariff line: the HS subheading and 2 to 4 national digits, 8 to 10 digits
 * in all ({@code 09021000} in the EU's Combined Nomenclature, {@code 0902100000} in the US
 * schedule).
 */
public record TariffCode(String value) {

	private static final Pattern FORM = Pattern.compile("[0-9]{8,10}");

	public TariffCode {
		if (!isValid(value)) {
			throw new InvalidInputException("tariffCode", Reason.of("value.tariffCode", String.valueOf(value)));
		}
	}

	/** The code named by a request's field, refused with that field's name. */
	public static TariffCode of(String field, @Nullable String value) {
		if (!isValid(value)) {
			throw new InvalidInputException(field, Reason.of("value.tariffCode", String.valueOf(value)));
		}
		return new TariffCode(value);
	}

	public static boolean isValid(@Nullable String value) {
		return value != null && FORM.matcher(value).matches();
	}

	/** The six-digit subheading the line refines. */
	public HsCode hsCode() {
		return new HsCode(value.substring(0, 6));
	}

	@Override
	public String toString() {
		return value;
	}

}

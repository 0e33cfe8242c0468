package org.twinport.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Harmonized System subheading: the six digits every customs union shares
 * ({@code 090210}, green tea in packings of 3 kg or less). A market's own longer line is a
 * {@link TariffCode}.
 */
public record HsCode(String value) {

	private static final Pattern FORM = Pattern.compile("[0-9]{6}");

	public HsCode {
		if (!isValid(value)) {
			throw new InvalidInputException("hsCode", Reason.of("value.hsCode", String.valueOf(value)));
		}
	}

	/** The code named by a request's field, refused with that field's name. */
	public static HsCode of(String field, @Nullable String value) {
		if (!isValid(value)) {
			throw new InvalidInputException(field, Reason.of("value.hsCode", String.valueOf(value)));
		}
		return new HsCode(value);
	}

	/**
	 * The subheading of a classification written as an HS code or a national line (6 to 10
	 * digits), as products and restriction queries name goods.
	 */
	public static HsCode ofClassification(String field, @Nullable String value) {
		if (value != null && FORM.matcher(value).matches()) {
			return new HsCode(value);
		}
		return TariffCode.of(field, value).hsCode();
	}

	/** True for a classification of 6 to 10 digits: an HS code or a national line. */
	public static boolean isClassification(@Nullable String value) {
		return isValid(value) || TariffCode.isValid(value);
	}

	public static boolean isValid(@Nullable String value) {
		return value != null && FORM.matcher(value).matches();
	}

	/** The two-digit chapter ({@code 09}). */
	public String chapter() {
		return value.substring(0, 2);
	}

	@Override
	public String toString() {
		return value;
	}

}

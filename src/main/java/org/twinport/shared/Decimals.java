package org.twinport.shared;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The one bound on decimal numbers a client sends, applied while they are read and before
 * any arithmetic: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@value #MAX_FRACTION_DIGITS} after it. A number such as {@code 1e100000000} is short to
 * send but would cost minutes of CPU to scale, and would not fit any column anyway (the
 * narrowest amount column, {@code numeric(18, 4)}, holds 14 integer digits).
 */
public final class Decimals {

	public static final int MAX_INTEGER_DIGITS = 12;

	public static final int MAX_FRACTION_DIGITS = 8;

	/** Longer text is refused before it is parsed at all. */
	private static final int MAX_TEXT_LENGTH = 64;

	/** The bounds of a decimal, as a code worded in the reader's language. */
	public static final Reason RULE_REASON = Reason.of("shared.problem.decimalBounds", MAX_INTEGER_DIGITS,
			MAX_FRACTION_DIGITS);

	private Decimals() {
	}

	/** Whether a parsed number is within the bound; cheap for any value. */
	public static boolean withinBounds(BigDecimal value) {
		if (value.signum() == 0) {
			// Zero may come as 0E-100000000; its digits do not matter.
			return true;
		}
		long integerDigits = (long) value.precision() - value.scale();
		if (integerDigits > MAX_INTEGER_DIGITS) {
			return false;
		}
		if (value.scale() <= MAX_FRACTION_DIGITS) {
			return true;
		}
		// Only worth stripping when the digits are few: 1.500000000 is fine, 1e-100000000 is
		// not.
		return value.precision() <= MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 16
				&& value.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS;
	}

	/**
	 * The value itself when it is within the bound; refused with 400 naming the field
	 * otherwise.
	 */
	public static @Nullable BigDecimal checked(@Nullable BigDecimal value, String field) {
		if (value != null && !withinBounds(value)) {
			throw new InvalidInputException(field, RULE_REASON);
		}
		return value;
	}

	/** Reads a decimal from text, refusing what is not a plain bounded number. */
	public static @Nullable BigDecimal parse(@Nullable String text, String field) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		if (trimmed.length() > MAX_TEXT_LENGTH) {
			throw new InvalidInputException(field, RULE_REASON);
		}
		BigDecimal value;
		try {
			value = new BigDecimal(trimmed);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, Reason.of("shared.problem.decimalNumber"));
		}
		return checked(value, field);
	}

}

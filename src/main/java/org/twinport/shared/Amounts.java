package org.twinport.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Money and quantities written for the reader's locale, "4,700.00 EUR" or "5,000 kg",
 * where {@link Money#toString()} gives the plain "4700.00 EUR" of the API; templates call
 * it as {@code @amounts}.
 */
@Component("amounts")
public class Amounts {

	/**
	 * One number format per locale (at most 16), copied for each use: building one from the
	 * locale's data costs more than the formatting, and a page formats dozens of prices.
	 */
	private final ConcurrentMap<Locale, NumberFormat> formats = new ConcurrentHashMap<>();

	private NumberFormat format(Locale locale) {
		NumberFormat prototype = formats.get(locale);
		if (prototype == null) {
			prototype = NumberFormat.getNumberInstance(locale);
			if (formats.size() < 16) {
				formats.putIfAbsent(locale, prototype);
			}
		}
		return (NumberFormat) prototype.clone();
	}

	/** The amount with the currency's minor unit and the reader's grouping, then the code. */
	public String money(@Nullable Money money, Locale locale) {
		if (money == null) {
			return "";
		}
		int digits = Math.max(Money.minorUnits(money.currency()), money.amount().stripTrailingZeros().scale());
		NumberFormat format = format(locale);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(money.amount()) + " " + money.currency();
	}

	/** A number with as many decimals as it has, grouped as the reader groups digits. */
	public String number(@Nullable BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = format(locale);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value);
	}

	/** A quantity with its unit: "5,000 kg". */
	public String quantity(@Nullable BigDecimal value, @Nullable String unit, Locale locale) {
		String number = number(value, locale);
		return unit == null || unit.isBlank() ? number : number + " " + unit;
	}

}

package org.twinport.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Money and quantities as the reader writes numbers: "4,700.00 EUR" in English, "4.700,00 EUR" in German, with the
 * currency's minor unit and never fewer decimals than the amount has (a displayed amount is never rounded). Templates
 * call it as {@code @money}.
 */
@Component("money")
public class MoneyText {

	public String text(Money money, Locale locale) {
		if (money == null) {
			return "";
		}
		return number(money.amount(), minorUnit(money.currency()), locale) + " " + money.currency();
	}

	/** A quantity with its unit ("1,200 kg"), decimals only where it has them. */
	public String quantity(BigDecimal quantity, String unit, Locale locale) {
		if (quantity == null) {
			return "";
		}
		String number = number(quantity.stripTrailingZeros(), 0, locale);
		return unit == null || unit.isBlank() ? number : number + " " + unit;
	}

	private static String number(BigDecimal amount, int minimumDecimals, Locale locale) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale == null ? Locale.ENGLISH : locale);
		int decimals = Math.max(minimumDecimals, Math.max(0, amount.scale()));
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setParseBigDecimal(true);
		return format.format(amount);
	}

	private static int minorUnit(String currency) {
		try {
			return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return 2;
		}
	}

}

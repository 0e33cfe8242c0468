package org.twinport.shared;

import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Currency names in the reader's language with the code after them, "Euro (EUR)" or
 * "欧元 (EUR)", from the JDK's CLDR data; templates call it as {@code @currencyNames}.
 */
@Component("currencyNames")
public class CurrencyNames {

	public String name(String currencyCode, Locale locale) {
		if (currencyCode == null) {
			return "";
		}
		try {
			String name = Currency.getInstance(currencyCode).getDisplayName(locale);
			return name.equals(currencyCode) ? currencyCode : name + " (" + currencyCode + ")";
		}
		catch (IllegalArgumentException unknown) {
			return currencyCode;
		}
	}

}

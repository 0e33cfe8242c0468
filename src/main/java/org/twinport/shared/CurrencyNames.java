package org.twinport.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Currency names in the reader's language with the code after them, "Euro (EUR)" or
 * "欧元 (EUR)", from the JDK's CLDR data, for pickers; templates call it as
 * {@code @currencyNames}.
 */
@Component("currencyNames")
public class CurrencyNames {

	/** Current ISO 4217 currencies; the historic and fund codes are of no use to a trader. */
	private static final List<Currency> CURRENT = Currency.getAvailableCurrencies()
		.stream()
		.filter(c -> c.getDefaultFractionDigits() >= 0 && !c.getCurrencyCode().startsWith("X"))
		.toList();

	private final DisplayNames names = new DisplayNames();

	public String name(@Nullable String currencyCode, Locale locale) {
		if (currencyCode == null || currencyCode.isBlank()) {
			return "";
		}
		return names.name(locale, currencyCode, code -> {
			try {
				String name = Currency.getInstance(code).getDisplayName(locale);
				return name.equals(code) ? code : name + " (" + code + ")";
			}
			catch (IllegalArgumentException ex) {
				return code;
			}
		});
	}

	/** Every current currency, named in the reader's language and in its alphabetical order. */
	public List<Choice> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return CURRENT.stream()
			.map(c -> new Choice(c.getCurrencyCode(), name(c.getCurrencyCode(), locale)))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
	}

}

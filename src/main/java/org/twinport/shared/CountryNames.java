package org.twinport.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Country names in the reader's language, from the JDK's CLDR data; templates call it as
 * {@code @countryNames}.
 */
@Component("countryNames")
public class CountryNames {

	private final DisplayNames names = new DisplayNames();

	public String name(@Nullable String countryCode, Locale locale) {
		if (countryCode == null) {
			return "";
		}
		return names.name(locale, countryCode, code -> {
			String name = Locale.of("", code).getDisplayCountry(locale);
			return name.isBlank() ? code : name;
		});
	}

	/** Every ISO 3166 country, named in the reader's language and in its alphabetical order. */
	public List<Choice> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Choice(code, name(code, locale)))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
	}

}

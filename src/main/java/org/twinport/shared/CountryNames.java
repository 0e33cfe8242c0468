package org.twinport.shared;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Country names in the reader's language, from the JDK's CLDR data; templates call it as
 * {@code @countryNames}.
 */
@Component("countryNames")
public class CountryNames {

	public String name(String countryCode, Locale locale) {
		if (countryCode == null) {
			return "";
		}
		String name = Locale.of("", countryCode).getDisplayCountry(locale);
		return name.isBlank() ? countryCode : name;
	}

}

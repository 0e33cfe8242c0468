package org.twinport.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Language names in the reader's language ("English", "中文"), from the JDK's CLDR data;
 * templates call it as {@code @languageNames}.
 */
@Component("languageNames")
public class LanguageNames {

	private final DisplayNames names = new DisplayNames();

	/** The display name of a BCP 47 tag's language, as {@link Locale#getDisplayLanguage(Locale)} gives it. */
	public String name(@Nullable String languageTag, Locale locale) {
		if (languageTag == null) {
			return "";
		}
		return names.name(locale, languageTag, tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale));
	}

}

package org.twinport.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Text in several languages, read along a fallback chain: the reader's language, then
 * English, then the text's own default language, then Chinese, then whatever there is. So
 * a Japanese reader of a product written in Chinese and English gets ja → en → zh.
 */
public record LocalizedText(Map<String, String> values, String defaultLang) {

	public LocalizedText {
		values = values == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(values));
		defaultLang = defaultLang == null ? "en" : defaultLang;
	}

	public Optional<String> in(@Nullable String lang) {
		String base = lang == null ? "en" : lang.toLowerCase().split("[-_]")[0];
		for (String candidate : new String[] { base, "en", defaultLang, "zh" }) {
			String value = values.get(candidate);
			if (value != null && !value.isBlank()) {
				return Optional.of(value);
			}
		}
		return values.values().stream().filter(value -> !value.isBlank()).findFirst();
	}

	/** The language {@link #in(String)} would read from. */
	public String languageFor(@Nullable String lang) {
		String base = lang == null ? "en" : lang.toLowerCase().split("[-_]")[0];
		for (String candidate : new String[] { base, "en", defaultLang, "zh" }) {
			if (values.containsKey(candidate) && !values.get(candidate).isBlank()) {
				return candidate;
			}
		}
		return values.keySet().stream().findFirst().orElse(base);
	}

}

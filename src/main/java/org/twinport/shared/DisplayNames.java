package org.twinport.shared;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The JDK's CLDR display names (countries, currencies, languages) kept once looked up: a
 * page names the same few dozen codes on every request, and each lookup goes through the
 * locale service providers. Bounded: names for at most 16 locales, 1,000 codes each;
 * beyond that a name is looked up each time.
 */
final class DisplayNames {

	private static final int MAX_LOCALES = 16;

	private static final int MAX_NAMES = 1_000;

	private final ConcurrentMap<Locale, ConcurrentMap<String, String>> byLocale = new ConcurrentHashMap<>();

	String name(Locale locale, String code, Function<String, String> lookup) {
		ConcurrentMap<String, String> names = byLocale.get(locale);
		if (names == null) {
			if (byLocale.size() >= MAX_LOCALES) {
				return lookup.apply(code);
			}
			names = byLocale.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
		}
		String name = names.get(code);
		if (name == null) {
			name = lookup.apply(code);
			if (names.size() < MAX_NAMES) {
				names.putIfAbsent(code, name);
			}
		}
		return name;
	}

}

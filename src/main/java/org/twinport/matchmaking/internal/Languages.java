package org.twinport.matchmaking.internal;

import java.util.Map;

/**
 * The main business language of the network's countries, to seed a merchant's default
 * profile.
 */
final class Languages {

	private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("CN", "zh"), Map.entry("JP", "ja"),
			Map.entry("KR", "ko"), Map.entry("RU", "ru"), Map.entry("FI", "fi"), Map.entry("DE", "de"),
			Map.entry("FR", "fr"), Map.entry("IL", "he"), Map.entry("BG", "bg"), Map.entry("KH", "km"),
			Map.entry("LT", "lt"), Map.entry("HU", "hu"), Map.entry("GB", "en"), Map.entry("US", "en"),
			Map.entry("CA", "en"), Map.entry("IT", "it"));

	private Languages() {
	}

	static String ofCountry(String countryCode) {
		return BY_COUNTRY.get(countryCode);
	}

}

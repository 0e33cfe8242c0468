package org.twinport.matchmaking.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.twinport.matchmaking.Offering;
import org.twinport.matchmaking.ProfileDraft;
import org.twinport.shared.InvalidInputException;

/**
 * Checks a profile draft field by field and normalises its lists (trimmed, upper- or
 * lower-cased, no duplicates).
 */
final class ProfileRules {

	static final String HS = "^[0-9]{2}([0-9]{2}([0-9]{2})?)?$";

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private ProfileRules() {
	}

	static Facets facets(ProfileDraft draft) {
		if (draft == null) {
			throw new InvalidInputException("body", "is required");
		}
		if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
			throw new InvalidInputException("name", "is required (1–200 characters)");
		}
		if (draft.size() == null) {
			throw new InvalidInputException("size", "is required: MICRO, SMALL, MEDIUM or LARGE");
		}
		Map<String, String> descriptions = new TreeMap<>();
		if (draft.descriptions() != null) {
			draft.descriptions().forEach((lang, text) -> {
				if (lang == null || !LANGUAGES.contains(lang)) {
					throw new InvalidInputException("descriptions",
							"keys must be ISO 639-1 language codes such as en, zh");
				}
				if (text != null && text.length() > 4000) {
					throw new InvalidInputException("descriptions." + lang, "must be at most 4000 characters");
				}
				if (text != null && !text.isBlank()) {
					descriptions.put(lang, text.strip());
				}
			});
		}
		return new Facets(descriptions, codes(draft.sellsHs(), "sellsHs", HS, false),
				codes(draft.buysHs(), "buysHs", HS, false),
				codes(draft.isicSections(), "isicSections", "^[A-U]$", true), offerings(draft.offers()),
				offerings(draft.seeks()),
				checked(codes(draft.markets(), "markets", "^[A-Z]{2}$", true), COUNTRIES, "markets"),
				checked(codes(draft.languages(), "languages", "^[a-z]{2}$", false), LANGUAGES, "languages"));
	}

	private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

	/** The working hours the draft gives, or null when it gives none. */
	static java.time.LocalTime[] workingHours(ProfileDraft draft) {
		boolean starts = draft.workStarts() != null && !draft.workStarts().isBlank();
		boolean ends = draft.workEnds() != null && !draft.workEnds().isBlank();
		if (!starts && !ends) {
			return null;
		}
		java.time.LocalTime from = clock(draft.workStarts(), "workStarts");
		java.time.LocalTime to = clock(draft.workEnds(), "workEnds");
		if (!from.isBefore(to)) {
			throw new InvalidInputException("workEnds", "must be after workStarts, within one day");
		}
		return new java.time.LocalTime[] { from, to };
	}

	private static java.time.LocalTime clock(String value, String field) {
		if (value == null || !CLOCK.matcher(value.strip()).matches()) {
			throw new InvalidInputException(field, "must be a time of day as HH:mm, such as 08:00");
		}
		return java.time.LocalTime.parse(value.strip());
	}

	static String hs(String code, String field) {
		String value = code == null ? "" : code.replace(".", "").strip();
		if (!value.matches(HS)) {
			throw new InvalidInputException(field, "must be an HS code of 2, 4 or 6 digits, such as 0902");
		}
		return value;
	}

	private static List<String> codes(List<String> values, String field, String pattern, boolean upper) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > 60) {
			throw new InvalidInputException(field, "may hold at most 60 entries");
		}
		Set<String> out = new LinkedHashSet<>();
		for (String value : values) {
			String v = value == null ? "" : value.replace(".", "").strip();
			v = upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
			if (!v.matches(pattern)) {
				throw new InvalidInputException(field, "has an invalid entry: " + abbreviate(value));
			}
			out.add(v);
		}
		return new ArrayList<>(out);
	}

	private static List<String> checked(List<String> values, Set<String> known, String field) {
		for (String value : values) {
			if (!known.contains(value)) {
				throw new InvalidInputException(field, "has an unknown code: " + value);
			}
		}
		return values;
	}

	private static List<Offering> offerings(List<Offering> values) {
		return values == null ? List.of()
				: new ArrayList<>(new LinkedHashSet<>(values.stream().filter(v -> v != null).toList()));
	}

	private static String abbreviate(String value) {
		return value == null ? "null" : value.length() > 20 ? value.substring(0, 20) + "…" : value;
	}

}

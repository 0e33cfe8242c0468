package org.twinport.matchmaking.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.twinport.matchmaking.Offering;
import org.twinport.matchmaking.ProfileDraft;
import org.twinport.shared.CountryCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LanguageCode;
import org.twinport.shared.Reason;

/**
 * Checks a profile draft field by field and normalises its lists (trimmed, upper- or
 * lower-cased, no duplicates).
 */
final class ProfileRules {

	static final String HS = "^[0-9]{2}([0-9]{2}([0-9]{2})?)?$";

	private ProfileRules() {
	}

	static Facets facets(@Nullable ProfileDraft draft) {
		if (draft == null) {
			throw new InvalidInputException("body", Reason.of("problem.required"));
		}
		if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
			throw new InvalidInputException("name", Reason.of("matchmaking.problem.requiredUpTo", "200"));
		}
		if (draft.size() == null) {
			throw new InvalidInputException("size", Reason.of("matchmaking.problem.size"));
		}
		Map<String, String> descriptions = new TreeMap<>();
		if (draft.descriptions() != null) {
			draft.descriptions().forEach((lang, text) -> {
				if (!LanguageCode.isValid(lang)) {
					throw new InvalidInputException("descriptions", Reason.of("matchmaking.problem.descriptionLanguages"));
				}
				if (text != null && text.length() > 4000) {
					throw new InvalidInputException("descriptions." + lang, Reason.of("matchmaking.problem.atMostChars", "4000"));
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
				codes(draft.markets(), "markets", value -> CountryCode.of("markets", value.toUpperCase(Locale.ROOT))),
				codes(draft.languages(), "languages", value -> LanguageCode.of("languages", value.toLowerCase(Locale.ROOT))));
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
			throw new InvalidInputException("workEnds", Reason.of("matchmaking.problem.workEnds"));
		}
		return new java.time.LocalTime[] { from, to };
	}

	private static java.time.LocalTime clock(@Nullable String value, String field) {
		if (value == null || !CLOCK.matcher(value.strip()).matches()) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.timeHhMm"));
		}
		return java.time.LocalTime.parse(value.strip());
	}

	static String hs(String code, String field) {
		String value = code == null ? "" : code.replace(".", "").strip();
		if (!value.matches(HS)) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.hsCode"));
		}
		return value;
	}

	private static List<String> codes(@Nullable List<String> values, String field, String pattern, boolean upper) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > 60) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.entries"));
		}
		Set<String> out = new LinkedHashSet<>();
		for (String value : values) {
			String v = value == null ? "" : value.replace(".", "").strip();
			v = upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
			if (!v.matches(pattern)) {
				throw new InvalidInputException(field, Reason.of("matchmaking.problem.invalidEntry", abbreviate(value)));
			}
			out.add(v);
		}
		return new ArrayList<>(out);
	}

	/** Codes of a value type, each made by {@code code} (which refuses a wrong one), no duplicates. */
	private static List<String> codes(@Nullable List<String> values, String field, Function<String, Record> code) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > 60) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.entries"));
		}
		Set<String> out = new LinkedHashSet<>();
		for (String value : values) {
			out.add(code.apply(value == null ? "" : value.strip()).toString());
		}
		return new ArrayList<>(out);
	}

	private static List<Offering> offerings(List<Offering> values) {
		return values == null ? List.of()
				: new ArrayList<>(new LinkedHashSet<>(values.stream().filter(v -> v != null).toList()));
	}

	private static String abbreviate(@Nullable String value) {
		return value == null ? "null" : value.length() > 20 ? value.substring(0, 20) + "…" : value;
	}

}

package org.twinport.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.twinport.shared.CountryNames;

/**
 * A recorded value as the reader says it: codes through the message bundle (or the module
 * that keeps their names), dates and times in the reader's locale and zone, countries,
 * languages and zones by name, long text shortened, records by their name.
 */
class ValueWords {

	/** Longer text is cut here, so that one long field does not swamp the history. */
	static final int MAX_TEXT = 80;

	/** The message prefix of each coded field, by {@code entity.path} or by path alone. */
	private static final Map<String, String> CODE_PREFIXES = Map.of("partnership.status", "status.",
			"organization.kind", "orgkind.", "exchange.kind", "exchange.kind.", "participants.role", "exchangeRole.",
			"donation.direction", "donation.", "donation.status", "donationStatus.", "subProjects.status",
			"projectStatus.", "continent", "continent.");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?)?)?");

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final CountryNames countries;

	/** Words a module keeps for its own codes: (entity, field, code) to words. */
	private final ModuleWords moduleWords;

	interface ModuleWords {

		Optional<String> word(String entity, String field, String code);

	}

	ValueWords(MessageSource messages, Locale locale, ZoneId zone, CountryNames countries, ModuleWords moduleWords) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.countries = countries;
		this.moduleWords = moduleWords;
	}

	Locale locale() {
		return locale;
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The message, or null when the bundle has none under this key. */
	String messageOrNull(String key) {
		return messages.getMessage(key, null, null, locale);
	}

	static boolean isEmpty(JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode() || (value.isContainer() && value.isEmpty())
				|| (value.isString() && value.asString().isBlank());
	}

	/**
	 * @param path the field's place in the record, such as {@code status} or
	 * {@code participants.role}
	 */
	String word(String entity, String path, JsonNode value) {
		if (isEmpty(value)) {
			return message("audit.value.none");
		}
		if (value.isBoolean()) {
			return message(value.asBoolean() ? "audit.value.yes" : "audit.value.no");
		}
		if (value.isNumber()) {
			return moduleWords.word(entity, path, value.asString()).orElseGet(() -> number(value.decimalValue()));
		}
		if (value.isObject()) {
			return named(entity, path, value);
		}
		if (value.isArray()) {
			List<String> words = new ArrayList<>();
			value.forEach(element -> words.add(word(entity, path, element)));
			return String.join(message("audit.list.separator"), words);
		}
		return text(entity, path, value.asString());
	}

	private String text(String entity, String path, String text) {
		String field = path.substring(path.lastIndexOf('.') + 1);
		String prefix = CODE_PREFIXES.getOrDefault(entity + "." + path, CODE_PREFIXES.get(path));
		if (prefix != null) {
			String word = messageOrNull(prefix + text);
			if (word != null) {
				return word;
			}
		}
		Optional<String> moduleWord = moduleWords.word(entity, path, text);
		if (moduleWord.isPresent()) {
			return moduleWord.get();
		}
		if (field.equals("languages")) {
			String language = Locale.forLanguageTag(text).getDisplayLanguage(locale);
			return language.isBlank() ? text : language;
		}
		if (field.equals("timeZone")) {
			return zoneName(text);
		}
		if ((field.endsWith("Country") || field.equals("countryCode") || field.equals("country"))
				&& text.length() == 2) {
			return countries.name(text, locale);
		}
		if (INSTANT.matcher(text).matches()) {
			return instant(text);
		}
		if (PARTIAL_DATE.matcher(text).matches()) {
			return partialDate(text);
		}
		if (CODE.matcher(text).matches()) {
			return humanise(text);
		}
		return shorten(text);
	}

	/**
	 * The current name, in the reader's language, of the place, organization or contact a
	 * record refers to by code; empty for other references.
	 */
	Optional<String> referenceName(String kind, JsonNode code) {
		if (isEmpty(code)) {
			return Optional.empty();
		}
		return switch (kind) {
			case "PLACE", "place", "partner", "home" -> moduleWords.word("", "place", code.asString());
			case "ORGANIZATION", "organization" -> moduleWords.word("", "organization", code.asString());
			case "CONTACT", "contact" -> moduleWords.word("", "contact", code.asString());
			default -> Optional.empty();
		};
	}

	/** A record mentioned in another: its name, else its title or code, else its fields in words. */
	private String named(String entity, String path, JsonNode value) {
		String kind = path.substring(path.lastIndexOf('.') + 1);
		Optional<String> current = referenceName(value.has("type") ? value.path("type").asString("") : kind,
				value.get("code"));
		if (current.isPresent()) {
			return shorten(current.get());
		}
		for (String name : List.of("name", "title", "fullName", "item", "fileName", "code")) {
			if (!isEmpty(value.get(name))) {
				return shorten(value.get(name).asString());
			}
		}
		List<String> parts = new ArrayList<>();
		for (String field : value.propertyNames()) {
			if (!isEmpty(value.get(field))) {
				parts.add(label(entity, path + "." + field) + " " + word(entity, path + "." + field, value.get(field)));
			}
		}
		return String.join(message("audit.list.separator"), parts);
	}

	/** The field's name in words: its own message, else one for the field anywhere, else its name humanised. */
	String label(String entity, String path) {
		String field = path.substring(path.lastIndexOf('.') + 1);
		for (String key : List.of("audit.field." + entity + "." + path, "audit.field." + path,
				"audit.field." + field)) {
			String label = messageOrNull(key);
			if (label != null) {
				return label;
			}
		}
		return humanise(field);
	}

	/** {@code fieldsOfCooperation} → "Fields of cooperation", {@code SISTER_CITY} → "Sister city". */
	static String humanise(String name) {
		if (CODE.matcher(name).matches()) {
			String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static String shorten(String text) {
		String oneLine = text.strip().replaceAll("\\s+", " ");
		if (oneLine.codePointCount(0, oneLine.length()) <= MAX_TEXT) {
			return oneLine;
		}
		String cut = oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_TEXT));
		// At a word's end where the text has spaces between words; Chinese is cut anywhere.
		int space = cut.lastIndexOf(' ');
		return (space > MAX_TEXT * 3 / 4 ? cut.substring(0, space) : cut).stripTrailing() + "…";
	}

	String number(BigDecimal number) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(8);
		return format.format(number);
	}

	/** 1983, April 1985, April 2, 2025 or April 2, 2025, 15:00, as precise as recorded. */
	String partialDate(String text) {
		try {
			return switch (text.length()) {
				case 4 -> DateTimeFormatter.ofLocalizedPattern("y").withLocale(locale).format(YearMonth.of(
						Integer.parseInt(text), 1));
				case 7 -> DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale).format(YearMonth.parse(text));
				case 10 -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.parse(text));
				default -> {
					LocalDateTime at = LocalDateTime.parse(text);
					yield DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(at) + " "
							+ DateTimeFormatter.ofPattern("HH:mm").format(at);
				}
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return text;
		}
	}

	private String instant(String text) {
		try {
			return at(Instant.parse(text));
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	/** "Dec 7, 2026, 10:00 (China Time)", "2026年12月7日 10:00（中国时间）". */
	String at(Instant instant) {
		var local = instant.atZone(zone);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(local);
		String time = DateTimeFormatter.ofPattern("HH:mm").format(local);
		String name = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getDisplayName(TextStyle.FULL, locale);
		return message("audit.at", date, time, name);
	}

	/** "Eastern European Time (Helsinki)": the zone's name and its city, since several zones share a name. */
	private String zoneName(String id) {
		try {
			ZoneId zoneId = ZoneId.of(id);
			String city = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
			return message("audit.value.zone", zoneId.getDisplayName(TextStyle.FULL, locale), city);
		}
		catch (java.time.DateTimeException ex) {
			return id;
		}
	}

}

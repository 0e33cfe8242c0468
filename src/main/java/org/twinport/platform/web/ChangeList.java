package org.twinport.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.twinport.platform.web.Segment.Kind;

/**
 * The lines under a history entry: each field that changed, by its name in words, from
 * what to what; on creation each field that was set. Records are stored as the views the
 * modules show, so a view's derived fields (a kind's name beside its code, an instant beside
 * the local time it was computed from, a name in the writer's language beside the names in
 * every language) are left out, and references are compared by code but shown by name.
 * <p>
 * Longer than 300 lines because its rules are one walk over two JSON trees: plain values,
 * per-language texts, references and lists each add a branch to {@link #compare}, and
 * they share its state (the lines so far, the entity's labels).
 */
class ChangeList {

	/** Fields that identify the record or are derived from others it holds. */
	private static final Set<String> DERIVED = Set.of("id", "kindName", "startsAt", "endsAt", "startPrecision",
			"archived", "demo", "lastActivity", "sha256", "ownerType", "ownerId", "type");

	/** Fields holding one text per language. */
	private static final Set<String> PER_LANGUAGE = Set.of("names", "titles");

	private final ValueWords words;

	private final String entity;

	private final List<List<Segment>> lines = new ArrayList<>();

	private ChangeList(ValueWords words, String entity) {
		this.words = words;
		this.entity = entity;
	}

	/**
	 * @param before null when the record was created: then every field set is listed
	 */
	static List<List<Segment>> of(ValueWords words, String entity, JsonNode before, JsonNode after) {
		ChangeList list = new ChangeList(words, entity);
		if (after != null && after.isObject()) {
			list.compare("", before != null && before.isObject() ? before : null, after);
		}
		return list.lines;
	}

	private void compare(String prefix, JsonNode before, JsonNode after) {
		Set<String> fields = new LinkedHashSet<>(after.propertyNames());
		if (before != null) {
			fields.addAll(before.propertyNames());
		}
		for (String field : fields) {
			if (shownElsewhere(field, fields)) {
				continue;
			}
			String path = prefix + field;
			if (field.endsWith("Code") && fields.contains(base(field) + "Name")) {
				reference(prefix + base(field), before, after, field, base(field) + "Name");
				continue;
			}
			JsonNode old = before == null ? null : before.get(field);
			JsonNode now = after.get(field);
			if (PER_LANGUAGE.contains(field)) {
				perLanguage(path, old, now, before == null);
			}
			else if (isA(old, now, JsonNode::isArray)) {
				list(path, old, now, before == null);
			}
			else if (isA(old, now, JsonNode::isObject) && !named(old) && !named(now)) {
				compare(path + ".", before == null ? null : objectOrEmpty(old), objectOrEmpty(now));
			}
			else if (isA(old, now, ChangeList::named)) {
				if (!Objects.equals(referenceKey(old), referenceKey(now))) {
					value(path, words.word(entity, path, old), words.word(entity, path, now), before == null,
							ValueWords.isEmpty(old), ValueWords.isEmpty(now));
				}
			}
			else if (!same(old, now)) {
				value(path, words.word(entity, path, old), words.word(entity, path, now), before == null,
						ValueWords.isEmpty(old), ValueWords.isEmpty(now));
			}
		}
	}

	/** A name beside its code, a name beside names in every language, a derived field. */
	private static boolean shownElsewhere(String field, Set<String> fields) {
		return DERIVED.contains(field) || (field.equals("name") && fields.contains("names"))
				|| (field.equals("title") && fields.contains("titles"))
				|| (field.endsWith("Name") && fields.contains(base(field) + "Code"));
	}

	private static String base(String field) {
		return field.substring(0, field.length() - 4);
	}

	/** {@code placeCode} with {@code placeName}: changed when the code did, named by the name. */
	private void reference(String path, JsonNode before, JsonNode after, String codeField, String nameField) {
		JsonNode oldCode = before == null ? null : before.get(codeField);
		JsonNode newCode = after.get(codeField);
		if (same(oldCode, newCode)) {
			return;
		}
		String kind = path.substring(path.lastIndexOf('.') + 1);
		value(path, name(kind, before, codeField, nameField), name(kind, after, codeField, nameField), before == null,
				ValueWords.isEmpty(oldCode), ValueWords.isEmpty(newCode));
	}

	private String name(String kind, JsonNode record, String codeField, String nameField) {
		if (record == null || ValueWords.isEmpty(record.get(codeField))) {
			return words.message("audit.value.none");
		}
		Optional<String> current = words.referenceName(kind, record.get(codeField));
		if (current.isPresent()) {
			return ValueWords.shorten(current.get());
		}
		JsonNode name = record.get(nameField);
		return ValueWords.isEmpty(name) ? record.get(codeField).asString() : ValueWords.shorten(name.asString());
	}

	private void perLanguage(String path, JsonNode old, JsonNode now, boolean created) {
		Set<String> languages = new LinkedHashSet<>();
		if (old != null && old.isObject()) {
			languages.addAll(old.propertyNames());
		}
		if (now != null && now.isObject()) {
			languages.addAll(now.propertyNames());
		}
		for (String language : languages) {
			JsonNode was = old == null ? null : old.get(language);
			JsonNode is = now == null ? null : now.get(language);
			if (!same(was, is)) {
				String languageName = Locale.forLanguageTag(language).getDisplayLanguage(words.locale());
				String label = words.message("audit.inLanguage", words.label(entity, path),
						languageName.isBlank() ? language : languageName);
				line(label, words.word(entity, path, was), words.word(entity, path, is), created,
						ValueWords.isEmpty(was), ValueWords.isEmpty(is));
			}
		}
	}

	/**
	 * A list as what was added to it, removed from it and changed in it: "participants:
	 * added Vantaa". Elements are matched by their code where they have one, else by how
	 * they read.
	 */
	private void list(String path, JsonNode old, JsonNode now, boolean created) {
		Map<String, JsonNode> was = elements(path, old);
		Map<String, JsonNode> is = elements(path, now);
		String label = words.label(entity, path);
		if (created) {
			if (!is.isEmpty()) {
				add(words.message("audit.change.initial", Segment.slot(0), Segment.slot(1)), label,
						List.of(Segment.of(Kind.NEW, describe(path, is.values()))));
			}
			return;
		}
		List<JsonNode> added = is.entrySet().stream().filter(e -> !was.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
		List<JsonNode> removed = was.entrySet().stream().filter(e -> !is.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
		List<JsonNode> changed = is.entrySet()
			.stream()
			.filter(e -> was.containsKey(e.getKey()) && !Objects.equals(was.get(e.getKey()), e.getValue()))
			.map(Map.Entry::getValue)
			.toList();
		listLine("audit.change.listAdded", label, path, added, Kind.NEW);
		listLine("audit.change.listRemoved", label, path, removed, Kind.OLD);
		listLine("audit.change.listChanged", label, path, changed, Kind.NEW);
		if (added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !same(old, now)) {
			add(words.message("audit.change.listReordered", Segment.slot(0)), label, List.of());
		}
	}

	private void listLine(String key, String label, String path, List<JsonNode> elements, Kind kind) {
		if (!elements.isEmpty()) {
			add(words.message(key, Segment.slot(0), Segment.slot(1)), label,
					List.of(Segment.of(kind, describe(path, elements))));
		}
	}

	private Map<String, JsonNode> elements(String path, JsonNode list) {
		Map<String, JsonNode> elements = new LinkedHashMap<>();
		if (list != null && list.isArray()) {
			for (JsonNode element : list) {
				elements.putIfAbsent(key(path, element), element);
			}
		}
		return elements;
	}

	/** What makes an element the same one before and after, whatever language it was named in. */
	private String key(String path, JsonNode element) {
		if (!element.isObject()) {
			return element.asString();
		}
		for (String code : List.of("code", "partnerCode", "id")) {
			if (!ValueWords.isEmpty(element.get(code))) {
				return code + ":" + element.get(code).asString() + ":" + element.path("role").asString("");
			}
		}
		return describeOne(path, element);
	}

	private String describe(String path, Iterable<JsonNode> elements) {
		List<String> described = new ArrayList<>();
		elements.forEach(element -> described.add(describeOne(path, element)));
		return String.join(words.message("audit.list.separator"), described);
	}

	/** "Vantaa (Organizer)", "masks (2,000 pieces)", "October 2021: ground broken". */
	private String describeOne(String path, JsonNode element) {
		if (!element.isObject()) {
			return words.word(entity, path, element);
		}
		if (!ValueWords.isEmpty(element.get("item"))) {
			String quantity = ValueWords.isEmpty(element.get("quantity")) ? ""
					: words.number(element.get("quantity").decimalValue()) + " "
							+ element.path("unit").asString("").strip();
			return quantity.isBlank() ? ValueWords.shorten(element.get("item").asString())
					: words.message("audit.value.item", ValueWords.shorten(element.get("item").asString()),
							quantity.strip());
		}
		if (!ValueWords.isEmpty(element.get("date")) && !ValueWords.isEmpty(element.get("description"))) {
			return words.message("audit.value.milestone", words.word(entity, path + ".date", element.get("date")),
					ValueWords.shorten(element.get("description").asString()));
		}
		String name = words.referenceName(element.path("type").asString(""), element.get("code"))
			.or(() -> words.referenceName("place", element.get("partnerCode")))
			.orElseGet(() -> firstText(element, "partnerName", "name", "title", "fullName", "fileName", "code"));
		if (name == null && !ValueWords.isEmpty(element.get("countryCode"))) {
			name = words.word(entity, path + ".countryCode", element.get("countryCode"));
		}
		if (name == null) {
			return words.word(entity, path, element);
		}
		if ("ORGANIZER".equals(element.path("role").asString(""))) {
			return words.message("audit.value.withRole", ValueWords.shorten(name),
					words.word(entity, path + ".role", element.get("role")));
		}
		return ValueWords.shorten(name);
	}

	private static String firstText(JsonNode element, String... fields) {
		for (String field : fields) {
			if (!ValueWords.isEmpty(element.get(field))) {
				return element.get(field).asString();
			}
		}
		return null;
	}

	private void value(String path, String old, String now, boolean created, boolean wasEmpty, boolean isEmpty) {
		line(words.label(entity, path), old, now, created, wasEmpty, isEmpty);
	}

	private void line(String label, String old, String now, boolean created, boolean wasEmpty, boolean isEmpty) {
		if (created) {
			if (!isEmpty) {
				add(words.message("audit.change.initial", Segment.slot(0), Segment.slot(1)), label,
						List.of(Segment.of(Kind.NEW, now)));
			}
		}
		else if (wasEmpty) {
			add(words.message("audit.change.set", Segment.slot(0), Segment.slot(1)), label,
					List.of(Segment.of(Kind.NEW, now)));
		}
		else if (isEmpty) {
			add(words.message("audit.change.cleared", Segment.slot(0), Segment.slot(1)), label,
					List.of(Segment.of(Kind.OLD, old)));
		}
		else {
			add(words.message("audit.change.changed", Segment.slot(0), Segment.slot(1), Segment.slot(2)), label,
					List.of(Segment.of(Kind.OLD, old)), List.of(Segment.of(Kind.NEW, now)));
		}
	}

	@SafeVarargs
	private void add(String formatted, String label, List<Segment>... values) {
		List<List<Segment>> arguments = new ArrayList<>();
		arguments.add(List.of(Segment.text(label)));
		arguments.addAll(List.of(values));
		lines.add(Segment.fill(formatted, arguments));
	}

	private static boolean same(JsonNode old, JsonNode now) {
		return (ValueWords.isEmpty(old) && ValueWords.isEmpty(now)) || Objects.equals(old, now);
	}

	private static boolean isA(JsonNode old, JsonNode now, java.util.function.Predicate<JsonNode> test) {
		return (old != null && test.test(old)) || (now != null && test.test(now));
	}

	/** A reference to another record (a place, a party) is shown by its name, not field by field. */
	private static boolean named(JsonNode node) {
		return node != null && node.isObject() && (node.has("code") || node.has("name"));
	}

	/** A place or party is the same one when its code is, whatever language its name was recorded in. */
	private static String referenceKey(JsonNode node) {
		if (ValueWords.isEmpty(node)) {
			return null;
		}
		String type = node.path("type").asString("");
		return ValueWords.isEmpty(node.get("code")) ? type + ":name:" + node.path("name").asString("")
				: type + ":code:" + node.get("code").asString();
	}

	private JsonNode objectOrEmpty(JsonNode node) {
		return node != null && node.isObject() ? node : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
	}

}

package org.twinport.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.twinport.platform.ActorNames;
import org.twinport.platform.AuditTrail.Action;
import org.twinport.platform.AuditTrail.Entry;
import org.twinport.platform.AuditedRecords;
import org.twinport.platform.web.Segment.Kind;

/**
 * History entries as sentences for one reader: "International Office changed the
 * partnership with Vantaa on Dec 7, 2026, 10:00 (China Time):", then a line per changed
 * field. People are named by their display names, records by their current name in the
 * reader's language and linked while they still exist, else by the name they had.
 */
class AuditSentences {

	/**
	 * @param sentence who did what to which record, and when
	 * @param changes a line per field that changed (per field set, on creation)
	 * @param before the record as stored before, for auditors; null when none
	 * @param after the record as stored after; null when none
	 */
	record Row(long id, List<Segment> sentence, List<List<Segment>> changes, String before, String after) {
	}

	private final ValueWords words;

	private final String lang;

	private final List<AuditedRecords> records;

	private final ActorNames actors;

	AuditSentences(ValueWords words, List<AuditedRecords> records, ActorNames actors) {
		this.words = words;
		this.lang = words.locale().getLanguage();
		this.records = records;
		this.actors = actors;
	}

	/** Words that modules keep for their own codes, for {@link ValueWords}. */
	static ValueWords.ModuleWords moduleWords(List<AuditedRecords> records, String lang) {
		Map<String, Optional<String>> known = new HashMap<>();
		return (entity, field, code) -> known.computeIfAbsent(entity + "\u0000" + field + "\u0000" + code,
				key -> records.stream()
					.map(module -> module.word(entity, field, code, lang))
					.flatMap(Optional::stream)
					.findFirst());
	}

	List<Row> rows(List<Entry> entries) {
		Map<String, String> names = actors
			.displayNames(entries.stream().map(Entry::actor).collect(Collectors.toSet()));
		Map<String, Map<Long, AuditedRecords.Current>> current = current(entries);
		List<Row> rows = new ArrayList<>();
		for (Entry entry : entries) {
			AuditedRecords.Current now = current.getOrDefault(entry.entity(), Map.of()).get(entry.entityId());
			List<List<Segment>> changes = entry.action() == Action.ARCHIVED ? List.of()
					: ChangeList.of(words, entry.entity(), entry.before(), entry.after());
			rows.add(new Row(entry.id(),
					sentence(entry, names.getOrDefault(entry.actor(), entry.actor()), now, changes.isEmpty()), changes,
					pretty(entry.before()), pretty(entry.after())));
		}
		return rows;
	}

	private Map<String, Map<Long, AuditedRecords.Current>> current(List<Entry> entries) {
		Map<String, Set<Long>> ids = entries.stream()
			.collect(Collectors.groupingBy(Entry::entity, Collectors.mapping(Entry::entityId, Collectors.toSet())));
		Map<String, Map<Long, AuditedRecords.Current>> current = new HashMap<>();
		ids.forEach((entity, entityIds) -> current.put(entity, currentOf(entity, entityIds)));
		return current;
	}

	private Map<Long, AuditedRecords.Current> currentOf(String entity, Collection<Long> ids) {
		return records.stream()
			.filter(module -> module.entities().contains(entity))
			.findFirst()
			.map(module -> module.current(entity, ids, lang))
			.orElse(Map.of());
	}

	private List<Segment> sentence(Entry entry, String actor, AuditedRecords.Current now, boolean noChanges) {
		String name = now != null && now.name() != null ? now.name() : recordedName(entry);
		Segment named = name == null ? Segment.text(words.message("audit.record.number", entry.entityId()))
				: now != null ? new Segment(Kind.LINK, ValueWords.shorten(name), now.path())
						: Segment.text(ValueWords.shorten(name));
		List<Segment> record = Segment.fill(recordPhrase(entry.entity()), List.of(List.of(named)));
		boolean changedNothing = entry.action() == Action.UPDATED && entry.before() != null && noChanges;
		String key = "audit.sentence." + entry.action() + (changedNothing ? ".nothing" : "");
		return Segment.fill(words.message(key, Segment.slot(0), Segment.slot(1), Segment.slot(2)),
				List.of(List.of(Segment.of(Kind.ACTOR, actor)), record,
						List.of(new Segment(Kind.TIME, words.at(entry.at()), entry.at().toString()))));
	}

	private String recordPhrase(String entity) {
		String phrase = words.messageOrNull("audit.record." + entity);
		return phrase != null ? words.message("audit.record." + entity, Segment.slot(0))
				: words.message("audit.record.other", ValueWords.humanise(entity), Segment.slot(0));
	}

	/** The record's name as it was recorded: in the reader's language where it was kept in several. */
	private String recordedName(Entry entry) {
		JsonNode record = entry.after() != null ? entry.after() : entry.before();
		if (record == null || !record.isObject()) {
			return null;
		}
		for (String perLanguage : List.of("names", "titles")) {
			JsonNode texts = record.get(perLanguage);
			if (texts != null && texts.isObject()) {
				for (String language : List.of(lang, "en")) {
					if (!ValueWords.isEmpty(texts.get(language))) {
						return texts.get(language).asString();
					}
				}
			}
		}
		if (!ValueWords.isEmpty(record.path("partner").get("name"))) {
			return record.path("partner").get("name").asString();
		}
		for (String field : List.of("fullName", "name", "title", "fileName")) {
			if (!ValueWords.isEmpty(record.get(field))) {
				return record.get(field).asString();
			}
		}
		if (record.path("items").isArray() && !record.path("items").isEmpty()) {
			List<String> items = new ArrayList<>();
			record.path("items").forEach(item -> items.add(item.path("item").asString("")));
			return String.join(words.message("audit.list.separator"), items);
		}
		return ValueWords.isEmpty(record.get("code")) ? null : record.get("code").asString();
	}

	private static String pretty(JsonNode node) {
		return node == null ? null : node.toPrettyString();
	}

}

package org.twinport.pricing.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.twinport.pricing.internal.RestrictedGoodsDocument.Entry;
import org.twinport.shared.InvalidInputException;

/**
 * A validated restricted-goods list, its entries indexed by destination market (groups
 * expanded) so that screening a quote reads only the destination's few entries.
 * Immutable.
 */
public record RestrictedGoodsList(String version, LocalDate validFrom, Map<String, List<Entry>> byMarket) {

	/** No list loaded: nothing is screened. */
	static final RestrictedGoodsList NONE = new RestrictedGoodsList(null, LocalDate.MIN, Map.of());

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final String COUNTRY = "^[A-Z]{2}$";

	List<Entry> entries(String market) {
		return byMarket.getOrDefault(market, List.of());
	}

	/** Every market an entry names, sorted. */
	Set<String> markets() {
		return new java.util.TreeSet<>(byMarket.keySet());
	}

	public static RestrictedGoodsList parse(String document) {
		return parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
	}

	public static RestrictedGoodsList parse(InputStream document) {
		RestrictedGoodsDocument parsed;
		try {
			parsed = JSON.readValue(document, RestrictedGoodsDocument.class);
		}
		catch (JacksonException ex) {
			String path = ex.getPathReference();
			throw new InvalidInputException("document", "is not a valid restricted-goods list"
					+ (path == null ? "" : " at " + path) + ": " + ex.getOriginalMessage());
		}
		return compile(parsed);
	}

	static RestrictedGoodsList compile(RestrictedGoodsDocument document) {
		if (document == null || !RestrictedGoodsDocument.FORMAT.equals(document.format())) {
			throw new InvalidInputException("format", "must be '" + RestrictedGoodsDocument.FORMAT + "'");
		}
		if (document.version() == null || !document.version().matches("^[A-Za-z0-9._-]{1,60}$")) {
			throw new InvalidInputException("version", "is required: 1 to 60 letters, digits, '.', '_' or '-'");
		}
		if (document.validFrom() == null) {
			throw new InvalidInputException("validFrom", "is required: the date the list takes effect");
		}
		Map<String, List<String>> groups = document.groups() == null ? Map.of() : document.groups();
		groups.forEach((name, members) -> {
			if (members == null || members.isEmpty()
					|| !members.stream().allMatch(m -> m != null && m.matches(COUNTRY))) {
				throw new InvalidInputException("groups." + name, "must list ISO 3166-1 alpha-2 countries such as FI");
			}
		});
		if (document.entries() == null || document.entries().isEmpty()) {
			throw new InvalidInputException("entries", "must hold at least one entry");
		}
		Map<String, List<Entry>> byMarket = new HashMap<>();
		Set<String> ids = new LinkedHashSet<>();
		for (int i = 0; i < document.entries().size(); i++) {
			Entry entry = document.entries().get(i);
			String field = "entries[" + i + "]";
			check(field, entry, groups);
			if (!ids.add(entry.id())) {
				throw new InvalidInputException(field + ".id", "'" + entry.id() + "' is used twice");
			}
			Set<String> countries = new LinkedHashSet<>();
			for (String market : entry.markets()) {
				countries.addAll(groups.getOrDefault(market, List.of(market)));
			}
			countries.forEach(country -> byMarket.computeIfAbsent(country, c -> new ArrayList<>()).add(entry));
		}
		Map<String, List<Entry>> frozen = new HashMap<>();
		byMarket.forEach((market, entries) -> frozen.put(market, List.copyOf(entries)));
		return new RestrictedGoodsList(document.version(), document.validFrom(), Map.copyOf(frozen));
	}

	private static void check(String field, Entry entry, Map<String, List<String>> groups) {
		if (entry == null) {
			throw new InvalidInputException(field, "must be an entry");
		}
		if (entry.id() == null || !entry.id().matches("^[A-Za-z0-9._-]{1,80}$")) {
			throw new InvalidInputException(field + ".id", "is required: 1 to 80 letters, digits, '.', '_' or '-'");
		}
		if (entry.kind() == null) {
			throw new InvalidInputException(field + ".kind", "is required: one of "
					+ java.util.Arrays.toString(RestrictedGoodsDocument.Kind.values()));
		}
		if (entry.scope() == null) {
			throw new InvalidInputException(field + ".scope", "is required: ALL or CONSUMER");
		}
		if (entry.markets() == null || entry.markets().isEmpty()) {
			throw new InvalidInputException(field + ".markets", "must name at least one market or group");
		}
		for (String market : entry.markets()) {
			if (market == null || !(market.matches(COUNTRY) || groups.containsKey(market))) {
				throw new InvalidInputException(field + ".markets",
						"names '" + market + "', which is neither a country code nor a group of this list");
			}
		}
		if (entry.hsPrefixes() == null) {
			throw new InvalidInputException(field + ".hsPrefixes",
					"is required: the HS prefixes the entry covers ([] for every code)");
		}
		for (String prefix : entry.hsPrefixes()) {
			if (prefix == null || !prefix.matches("^[0-9]{2,10}$")) {
				throw new InvalidInputException(field + ".hsPrefixes",
						"holds '" + prefix + "'; an HS prefix is 2 to 10 digits");
			}
		}
		if (entry.origins() != null && !entry.origins().stream().allMatch(o -> o != null && o.matches(COUNTRY))) {
			throw new InvalidInputException(field + ".origins", "must list ISO 3166-1 alpha-2 countries such as RU");
		}
		if (entry.kind() == RestrictedGoodsDocument.Kind.SANCTIONED_ORIGIN
				&& (entry.origins() == null || entry.origins().isEmpty())) {
			throw new InvalidInputException(field + ".origins", "must name the sanctioned origins");
		}
		if (entry.from() == null) {
			throw new InvalidInputException(field + ".from", "is required: the date the entry takes effect");
		}
		if (entry.to() != null && entry.to().isBefore(entry.from())) {
			throw new InvalidInputException(field + ".to", "must not be before from");
		}
		if (entry.source() == null || !entry.source().structured()) {
			throw new InvalidInputException(field + ".source",
					"must give authority, reference, an https url and the date checked");
		}
	}

}

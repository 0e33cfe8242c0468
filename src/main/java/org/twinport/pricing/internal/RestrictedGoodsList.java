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

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.twinport.pricing.internal.RestrictedGoodsDocument.Entry;
import org.twinport.shared.CountryCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * A validated restricted-goods list, its entries indexed by destination market (groups
 * expanded) so that screening a quote reads only the destination's few entries.
 * Immutable.
 */
public record RestrictedGoodsList(@Nullable String version, LocalDate validFrom, Map<String, List<Entry>> byMarket) {

	/** No list loaded: nothing is screened. */
	static final RestrictedGoodsList NONE = new RestrictedGoodsList(null, LocalDate.MIN, Map.of());

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

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
			throw new InvalidInputException("document", path == null
					? Reason.of("pricing.problem.restrictedListUnreadable", String.valueOf(ex.getOriginalMessage()))
					: Reason.of("pricing.problem.restrictedListUnreadableAt", path, String.valueOf(ex.getOriginalMessage())));
		}
		return compile(parsed);
	}

	static RestrictedGoodsList compile(RestrictedGoodsDocument document) {
		if (document == null || !RestrictedGoodsDocument.FORMAT.equals(document.format())) {
			throw new InvalidInputException("format", Reason.of("pricing.problem.format", RestrictedGoodsDocument.FORMAT));
		}
		if (document.version() == null || !document.version().matches("^[A-Za-z0-9._-]{1,60}$")) {
			throw new InvalidInputException("version", Reason.of("pricing.problem.version60"));
		}
		if (document.validFrom() == null) {
			throw new InvalidInputException("validFrom", Reason.of("pricing.problem.listFrom"));
		}
		Map<String, List<String>> groups = document.groups() == null ? Map.of() : document.groups();
		groups.forEach((name, members) -> {
			if (members == null || members.isEmpty()
					|| !members.stream().allMatch(CountryCode::isValid)) {
				throw new InvalidInputException("groups." + name, Reason.of("pricing.problem.countries", "FI"));
			}
		});
		if (document.entries() == null || document.entries().isEmpty()) {
			throw new InvalidInputException("entries", Reason.of("pricing.problem.entries"));
		}
		Map<String, List<Entry>> byMarket = new HashMap<>();
		Set<String> ids = new LinkedHashSet<>();
		for (int i = 0; i < document.entries().size(); i++) {
			Entry entry = document.entries().get(i);
			String field = "entries[" + i + "]";
			check(field, entry, groups);
			if (!ids.add(entry.id())) {
				throw new InvalidInputException(field + ".id", Reason.of("pricing.problem.entryIdTwice", entry.id()));
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
			throw new InvalidInputException(field, Reason.of("pricing.problem.entry"));
		}
		if (entry.id() == null || !entry.id().matches("^[A-Za-z0-9._-]{1,80}$")) {
			throw new InvalidInputException(field + ".id", Reason.of("pricing.problem.entryId"));
		}
		if (entry.kind() == null) {
			throw new InvalidInputException(field + ".kind",
					Reason.of("pricing.problem.entryKind", java.util.Arrays.toString(RestrictedGoodsDocument.Kind.values())));
		}
		if (entry.scope() == null) {
			throw new InvalidInputException(field + ".scope", Reason.of("pricing.problem.entryScope"));
		}
		if (entry.markets() == null || entry.markets().isEmpty()) {
			throw new InvalidInputException(field + ".markets", Reason.of("pricing.problem.entryMarkets"));
		}
		for (String market : entry.markets()) {
			if (market == null || !(CountryCode.isValid(market) || groups.containsKey(market))) {
				throw new InvalidInputException(field + ".markets",
						Reason.of("pricing.problem.entryMarket", String.valueOf(market)));
			}
		}
		if (entry.hsPrefixes() == null) {
			throw new InvalidInputException(field + ".hsPrefixes", Reason.of("pricing.problem.entryHsPrefixes"));
		}
		for (String prefix : entry.hsPrefixes()) {
			if (prefix == null || !prefix.matches("^[0-9]{2,10}$")) {
				throw new InvalidInputException(field + ".hsPrefixes",
						Reason.of("pricing.problem.entryHsPrefix", String.valueOf(prefix)));
			}
		}
		if (entry.origins() != null && !entry.origins().stream().allMatch(CountryCode::isValid)) {
			throw new InvalidInputException(field + ".origins", Reason.of("pricing.problem.countries", "RU"));
		}
		if (entry.kind() == RestrictedGoodsDocument.Kind.SANCTIONED_ORIGIN
				&& (entry.origins() == null || entry.origins().isEmpty())) {
			throw new InvalidInputException(field + ".origins", Reason.of("pricing.problem.sanctionedOrigins"));
		}
		if (entry.from() == null) {
			throw new InvalidInputException(field + ".from", Reason.of("pricing.problem.entryFrom"));
		}
		if (entry.to() != null && entry.to().isBefore(entry.from())) {
			throw new InvalidInputException(field + ".to", Reason.of("pricing.problem.entryTo"));
		}
		if (entry.source() == null || !entry.source().structured()) {
			throw new InvalidInputException(field + ".source", Reason.of("pricing.problem.structuredSource"));
		}
	}

}

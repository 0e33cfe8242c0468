package org.twinport.search.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import org.springframework.stereotype.Component;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.ProductDocuments;
import org.twinport.platform.SharedDataCaches;
import org.twinport.search.SearchResult;
import org.twinport.shared.LocalizedText;
import org.twinport.shared.Money;

/** Reads hits and facet counts out of the index in the buyer's language and currency. */
@Component
class HitReader {

	static final String PRICE = "price";

	private static final List<String> DIMENSIONS = List.of(Fields.CATEGORY, Fields.CITY, Fields.COUNTRY, Fields.ORIGIN);

	/**
	 * Price-range edges in "nice" steps, scaled to the currency's magnitude against the
	 * euro.
	 */
	private static final int[] EDGES = { 0, 10, 25, 50, 100, 250, 500 };

	private final FxRates rates;

	private final ProductDocuments documents;

	private final DocumentMapper mapper;

	private final JsonMapper json;

	private volatile FacetState facetState;

	private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile long labelsSince;

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

	private final long labelsTtlMillis;

	HitReader(FxRates rates, ProductDocuments documents, DocumentMapper mapper, JsonMapper json,
			SharedDataCaches caches) {
		this.labelsTtlMillis = caches.ttl().toMillis();
		this.rates = rates;
		this.documents = documents;
		this.mapper = mapper;
		this.json = json;
	}

	/**
	 * The hits of the reader (by top-level doc id), from their payloads, priced at one
	 * reading of the latest rates.
	 */
	List<SearchResult.Hit> hits(IndexReader index, ScoreDoc[] docs, String lang, String priceKey, String currency)
			throws IOException {
		Optional<FxRates.RateSet> latest = docs.length == 0 ? Optional.empty() : rates.latest();
		List<SearchResult.Hit> hits = new ArrayList<>(docs.length);
		for (ScoreDoc doc : docs) {
			HitPayload hit = HitPayload.read(index, doc.doc, json);
			LocalizedText titles = new LocalizedText(hit.titles(), hit.defaultLang());
			hits.add(new SearchResult.Hit(hit.id(), titles.in(lang).orElse(""), titles.languageFor(lang),
					hit.merchant(), new LocalizedText(hit.merchantNames(), "en").in(lang).orElse(""), hit.city(),
					hit.origin(), price(hit.prices().get(priceKey), currency, latest)));
		}
		return hits;
	}

	String title(IndexReader index, int docId, String lang) throws IOException {
		HitPayload hit = HitPayload.read(index, docId, json);
		return new LocalizedText(hit.titles(), hit.defaultLang()).in(lang).orElse("");
	}

	/**
	 * The stored price in the currency, as {@link FxRates#convert} converts it, or as
	 * stored (rounded) without a rate for either currency.
	 */
	private static Money price(String stored, String currency, Optional<FxRates.RateSet> latest) {
		if (stored == null) {
			return null;
		}
		int space = stored.indexOf(' ');
		Money original = new Money(new BigDecimal(stored.substring(0, space)), stored.substring(space + 1));
		if (original.currency().equals(currency) || latest.isEmpty()) {
			return original.rounded();
		}
		BigDecimal from = latest.get().perEur().get(original.currency());
		BigDecimal to = latest.get().perEur().get(currency);
		if (from == null || to == null) {
			return original.rounded();
		}
		return new Money(original.amount().multiply(to).divide(from, MathContext.DECIMAL64), currency).rounded();
	}

	/**
	 * @param hits the matches, or a sample of them whose counts are scaled up by its
	 * sampling rate
	 * @param sideways for a dimension the buyer filters by, the matches without that
	 * filter (or a sample of them): its values are counted over those, so that choosing
	 * one still shows the others
	 * @return the counts, labelled with their values until {@link #labelled}
	 */
	Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher searcher, FacetSample hits,
			Map<String, FacetSample> sideways, String priceKey, String currency) throws IOException {
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
		if (state != null) {
			SortedSetDocValuesFacetCounts shared = new SortedSetDocValuesFacetCounts(state, hits);
			for (String dimension : DIMENSIONS) {
				FacetSample source = sideways.getOrDefault(dimension, hits);
				double scale = source.scale();
				SortedSetDocValuesFacetCounts counts = source == hits ? shared
						: new SortedSetDocValuesFacetCounts(state, source);
				List<SearchResult.FacetCount> values = new ArrayList<>();
				FacetResult result = state.getPrefixToOrdRange().containsKey(dimension)
						? counts.getTopChildren(30, dimension) : null;
				if (result != null) {
					for (LabelAndValue value : result.labelValues) {
						values.add(new SearchResult.FacetCount(value.label, value.label,
								Math.round(value.value.longValue() * scale)));
					}
				}
				facets.put(dimension, values);
			}
		}
		FacetSample prices = sideways.getOrDefault(PRICE, hits);
		facets.put(PRICE, priceFacet(prices, priceKey, currency, prices.scale()));
		return facets;
	}

	/**
	 * The counts of {@link #facets} with the names of their values in the language (the
	 * price ranges are named already, in the counts' currency).
	 */
	Map<String, List<SearchResult.FacetCount>> labelled(Map<String, List<SearchResult.FacetCount>> counts,
			String lang) {
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		counts.forEach((dimension, values) -> {
			if (dimension.equals(PRICE)) {
				facets.put(dimension, values);
				return;
			}
			List<SearchResult.FacetCount> named = new ArrayList<>(values.size());
			for (SearchResult.FacetCount value : values) {
				named.add(new SearchResult.FacetCount(value.value(), label(dimension, value.value(), lang),
						value.count()));
			}
			facets.put(dimension, named);
		});
		return facets;
	}

	private List<SearchResult.FacetCount> priceFacet(FacetsCollector hits, String priceKey, String currency,
			double sampling) throws IOException {
		BigDecimal perEur = currency.equals("EUR") ? BigDecimal.ONE
				: rates.latest().map(set -> set.perEur().get(currency)).orElse(null);
		if (perEur == null) {
			return List.of();
		}
		BigDecimal scale = BigDecimal.TEN.pow(Math.max(0, (int) Math.floor(Math.log10(perEur.doubleValue()))));
		List<LongRange> ranges = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < EDGES.length; i++) {
			BigDecimal low = scale.multiply(BigDecimal.valueOf(EDGES[i]));
			BigDecimal high = i + 1 < EDGES.length ? scale.multiply(BigDecimal.valueOf(EDGES[i + 1])) : null;
			String label = low.toPlainString() + "-" + (high == null ? "" : high.toPlainString());
			ranges.add(new LongRange(label, mapper.eurUnits(low, currency), true,
					high == null ? Long.MAX_VALUE : mapper.eurUnits(high, currency), false));
			labels.add(label);
		}
		LongRangeFacetCounts counts = new LongRangeFacetCounts(Fields.priceEur(priceKey), hits,
				ranges.toArray(LongRange[]::new));
		List<SearchResult.FacetCount> values = new ArrayList<>();
		for (LabelAndValue value : counts.getAllChildren(Fields.priceEur(priceKey)).labelValues) {
			if (value.value.longValue() > 0) {
				values.add(new SearchResult.FacetCount(value.label, value.label.replace("-", " – ") + " " + currency,
						Math.round(value.value.longValue() * sampling)));
			}
		}
		return values;
	}

	/**
	 * Names of facet values, computed at most once per value and language within the
	 * shared-data time to live ({@code docs/caches.md}, kind 1; the catalog's own label cache
	 * has the same age).
	 */
	private String label(String dimension, String value, String lang) {
		long now = System.currentTimeMillis();
		if (now - labelsSince > labelsTtlMillis) {
			labels.clear();
			labelsSince = now;
		}
		return labels.computeIfAbsent(dimension + '\u0000' + value + '\u0000' + lang, key -> {
			Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang);
			return switch (dimension) {
				case Fields.CATEGORY -> documents.label("category", value, lang);
				case Fields.CITY -> documents.label("city", value, lang);
				default -> Locale.of("", value).getDisplayCountry(locale);
			};
		});
	}

	private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		FacetState cached = facetState;
		if (cached != null && cached.reader() == reader) {
			return cached.state();
		}
		SortedSetDocValuesReaderState state;
		try {
			state = new DefaultSortedSetDocValuesReaderState(reader, DocumentMapper.FACETS);
		}
		catch (IllegalArgumentException emptyIndex) {
			state = null;
		}
		facetState = new FacetState(reader, state);
		return state;
	}

}

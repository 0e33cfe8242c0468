package org.twinport.search.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

import org.springframework.stereotype.Component;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.ProductDocuments;
import org.twinport.search.SearchResult;
import org.twinport.shared.LocalizedText;
import org.twinport.shared.Money;

/** Reads hits and facet counts out of the index in the buyer's language and currency. */
@Component
class HitReader {

	private static final List<String> DIMENSIONS = List.of(Fields.CATEGORY, Fields.CITY, Fields.COUNTRY, Fields.ORIGIN);

	/**
	 * Price-range edges in "nice" steps, scaled to the currency's magnitude against the
	 * euro.
	 */
	private static final int[] EDGES = { 0, 10, 25, 50, 100, 250, 500 };

	private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Fields.ID, Fields.MERCHANT,
			Fields.MERCHANT_NAMES, Fields.DEFAULT_LANG, Fields.CITY, Fields.ORIGIN);

	private final FxRates rates;

	private final ProductDocuments documents;

	private final DocumentMapper mapper;

	private final JsonMapper json;

	private volatile FacetState facetState;

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

	HitReader(FxRates rates, ProductDocuments documents, DocumentMapper mapper, JsonMapper json) {
		this.rates = rates;
		this.documents = documents;
		this.mapper = mapper;
		this.json = json;
	}

	/** Reads only the stored fields a hit shows, not the other markets' prices. */
	SearchResult.Hit hit(StoredFields stored, int docId, String lang, String priceKey, String currency)
			throws IOException {
		String price = Fields.storedPrice(priceKey);
		DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor() {
			@Override
			public Status needsField(FieldInfo field) {
				String name = field.name;
				return name.startsWith("title.") || name.equals(price) || HIT_FIELDS.contains(name) ? Status.YES
						: Status.NO;
			}
		};
		stored.document(docId, visitor);
		return hit(visitor.getDocument(), lang, priceKey, currency);
	}

	SearchResult.Hit hit(Document doc, String lang, String priceKey, String currency) {
		LocalizedText titles = titles(doc);
		Map<String, String> merchantNames = json.readValue(doc.get(Fields.MERCHANT_NAMES),
				new TypeReference<Map<String, String>>() {
				});
		return new SearchResult.Hit(Long.parseLong(doc.get(Fields.ID)), titles.in(lang).orElse(""),
				titles.languageFor(lang), doc.getField(Fields.MERCHANT).numericValue().longValue(),
				new LocalizedText(merchantNames, "en").in(lang).orElse(""), doc.get(Fields.CITY),
				doc.get(Fields.ORIGIN), price(doc.get(Fields.storedPrice(priceKey)), currency));
	}

	String title(Document doc, String lang) {
		return titles(doc).in(lang).orElse("");
	}

	private static LocalizedText titles(Document doc) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (IndexableField field : doc.getFields()) {
			if (field.name().startsWith("title.")) {
				titles.put(field.name().substring(6), field.stringValue());
			}
		}
		return new LocalizedText(titles, doc.get(Fields.DEFAULT_LANG));
	}

	private Money price(String stored, String currency) {
		if (stored == null) {
			return null;
		}
		String[] parts = stored.split(" ");
		Money original = new Money(new BigDecimal(parts[0]), parts[1]);
		try {
			return rates.convert(original, currency);
		}
		catch (RuntimeException ex) {
			return original.rounded();
		}
	}

	Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher searcher, FacetsCollector hits, String lang,
			String priceKey, String currency) throws IOException {
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
		SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
		if (state != null) {
			SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
			for (String dimension : DIMENSIONS) {
				List<SearchResult.FacetCount> values = new ArrayList<>();
				FacetResult result = state.getPrefixToOrdRange().containsKey(dimension)
						? counts.getTopChildren(30, dimension) : null;
				if (result != null) {
					for (LabelAndValue value : result.labelValues) {
						values.add(new SearchResult.FacetCount(value.label, label(dimension, value.label, lang),
								value.value.longValue()));
					}
				}
				facets.put(dimension, values);
			}
		}
		facets.put("price", priceFacet(hits, priceKey, currency));
		return facets;
	}

	private List<SearchResult.FacetCount> priceFacet(FacetsCollector hits, String priceKey, String currency)
			throws IOException {
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
						value.value.longValue()));
			}
		}
		return values;
	}

	private String label(String dimension, String value, String lang) {
		Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang);
		return switch (dimension) {
			case Fields.CATEGORY -> documents.label("category", value, lang);
			case Fields.CITY -> documents.label("city", value, lang);
			default -> Locale.of("", value).getDisplayCountry(locale);
		};
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

package org.twinport.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.twinport.catalog.ProductDocuments;
import org.twinport.search.ProductSearch;
import org.twinport.search.SearchQuery;
import org.twinport.search.SearchResult;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;
import org.twinport.shared.CountryCode;

/**
 * The product search over the Lucene index: queries with facets and price conversion,
 * suggestions and the full rebuild ({@link ProductReindexer} writes single changes).
 * <p>
 * About 320 lines, over our 300, because searching and rebuilding share the index's
 * generations ({@link LuceneIndex}); the query building already lives in {@link QueryFactory},
 * facets in {@link SidewaysFacets} and {@link FacetSample}, hits in {@link HitReader}.
 */
@Service
class LuceneProductSearch implements ProductSearch, org.springframework.beans.factory.DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LuceneProductSearch.class);

	private final LuceneIndex index;

	private final DocumentMapper mapper;

	private final ProductDocuments documents;

	private final HitReader reader;

	private final QueryFactory queries = new QueryFactory();

	private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "search-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Below this many hits for the exact words, Latin words are searched again with typos
	 * forgiven.
	 */
	private static final int TYPO_THRESHOLD = 10;

	/**
	 * Facets are counted exactly over up to this many matches, and estimated from a
	 * sample beyond ({@link SearchResult#facetsEstimated()}).
	 */
	private final int facetSample;

	private final ResultCache results;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private volatile String lastRebuild = "never";

	LuceneProductSearch(LuceneIndex index, DocumentMapper mapper, ProductDocuments documents, HitReader reader,
			@Value("${twinport.search.result-cache-size:512}") int resultCacheSize,
			@Value("${twinport.search.facet-sample:10000}") int facetSample) {
		this.facetSample = facetSample;
		this.results = new ResultCache(resultCacheSize);
		this.index = index;
		this.mapper = mapper;
		this.documents = documents;
		this.reader = reader;
	}

	@Override
	public SearchResult search(SearchQuery query) {
		String market = country(query.market(), "market");
		String currency = currency(query.currency(), market);
		String priceKey = market == null ? Fields.ANY_MARKET : market;
		SearchQuery.Sort order = query.sort() == null ? SearchQuery.Sort.RELEVANCE : query.sort();
		int size = Math.clamp(query.size() <= 0 ? 20 : query.size(), 1, 100);
		BooleanQuery.Builder filters = new BooleanQuery.Builder();
		if (market != null) {
			filters.add(new TermQuery(new Term(Fields.MARKET, market)), Occur.FILTER);
		}
		filter(filters, Fields.CATEGORY_PATH, query.category());
		filter(filters, Fields.COUNTRY, country(query.merchantCountry(), "merchantCountry"));
		filter(filters, Fields.CITY, query.merchantCity());
		filter(filters, Fields.ORIGIN, country(query.origin(), "origin"));
		if (query.minPrice() != null || query.maxPrice() != null) {
			filters.add(LongPoint.newRangeQuery(Fields.priceEur(priceKey), eur(query.minPrice(), currency, 0L),
					eur(query.maxPrice(), currency, Long.MAX_VALUE)), Occur.FILTER);
		}
		Sort sort = sort(order, priceKey);
		ScoreDoc cursor = Cursors.decode(order, query.cursor());
		try (LuceneIndex.Lease lease = index.acquire()) {
			IndexSearcher searcher = lease.searcher();
			SearchResult cached = results.get(searcher.getIndexReader(), query);
			if (cached != null) {
				return cached;
			}
			int maxDoc = searcher.getIndexReader().maxDoc();
			// The last hit itself ties with the cursor on every sort value; the highest
			// doc id makes it skipped.
			ScoreDoc after = cursor == null || maxDoc == 0 ? null
					: new FieldDoc(maxDoc - 1, Float.NaN, ((FieldDoc) cursor).fields);
			Query run = with(filters, queries.text(query.q(), false));
			Matches matches = matches(searcher, after, run, size, sort);
			if (matches.top().totalHits.value() < TYPO_THRESHOLD && queries.forgivesTypos(query.q())) {
				run = with(filters, queries.text(query.q(), true));
				matches = matches(searcher, after, run, size, sort);
			}
			TopDocs top = matches.top();
			List<SearchResult.Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : top.scoreDocs) {
				hits.add(reader.hit(searcher.getIndexReader(), doc.doc, query.lang(), priceKey, currency));
			}
			String next = top.scoreDocs.length == size ? Cursors.encode(order, (FieldDoc) top.scoreDocs[size - 1])
					: null;
			Map<String, FacetSample> sideways = SidewaysFacets.collect(searcher, run, facetSample);
			var facets = reader.facets(searcher, matches.facets(), sideways, query.lang(), priceKey, currency);
			boolean estimated = matches.facets().estimated()
					|| sideways.values().stream().anyMatch(FacetSample::estimated);
			SearchResult answer = new SearchResult(hits, top.totalHits.value(), facets, currency, next, estimated);
			results.put(searcher.getIndexReader(), query, answer);
			return answer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Matches(TopDocs top, FacetSample facets) {
	}

	/**
	 * The page of hits and their exact total, and the matches the facets are counted on:
	 * all of them up to {@link #facetSample}, a sample beyond ({@link FacetSample}).
	 */
	private Matches matches(IndexSearcher searcher, ScoreDoc after, Query query, int size, Sort sort)
			throws IOException {
		FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.searchAfter(searcher, after, query, size,
				sort, new FacetsCollectorManager());
		return new Matches(result.topDocs(),
				FacetSample.of(result.facetsCollector(), result.topDocs().totalHits.value(), facetSample));
	}

	private static Query with(BooleanQuery.Builder filters, Query text) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
		for (var clause : filters.build().clauses()) {
			query.add(clause);
		}
		return query.build();
	}

	@Override
	public List<String> suggest(String prefix, String lang, String market, int limit) {
		Query typed = queries.prefix(prefix);
		if (typed == null) {
			return List.of();
		}
		String country = country(market, "market");
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(typed, Occur.MUST);
		if (country != null) {
			builder.add(new TermQuery(new Term(Fields.MARKET, country)), Occur.FILTER);
		}
		Set<String> titles = new LinkedHashSet<>();
		try (LuceneIndex.Lease lease = index.acquire()) {
			for (ScoreDoc doc : lease.searcher().search(builder.build(), 50).scoreDocs) {
				titles.add(reader.title(lease.searcher().getIndexReader(), doc.doc, lang));
				if (titles.size() >= Math.clamp(limit, 1, 20)) {
					break;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(titles);
	}

	@Override
	public boolean rebuild() {
		results.clear();
		if (!rebuilding.compareAndSet(false, true)) {
			return false;
		}
		rebuilds.submit(() -> {
			long started = System.nanoTime();
			long[] count = { 0 };
			try {
				LuceneIndex.Generation fresh = index.startRebuild();
				var rateSet = mapper.currentRates();
				documents.forEach(product -> {
					if (product.visible()) {
						try {
							fresh.writer()
								.updateDocument(new Term(Fields.ID, Long.toString(product.id())),
										mapper.toDocument(product, rateSet));
							count[0]++;
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				});
				index.swap();
				lastRebuild = Instant.now() + ": " + count[0] + " products in "
						+ (System.nanoTime() - started) / 1_000_000 + " ms";
				log.info("Search index rebuilt: {}", lastRebuild);
			}
			catch (IOException | RuntimeException ex) {
				index.abandonRebuild();
				lastRebuild = Instant.now() + ": failed (" + ex + ")";
				log.error("Search index rebuild failed", ex);
			}
			finally {
				rebuilding.set(false);
			}
		});
		return true;
	}

	@Override
	public IndexStatus status() {
		try (LuceneIndex.Lease lease = index.acquire()) {
			return new IndexStatus(lease.searcher().getIndexReader().numDocs(), rebuilding.get(), lastRebuild);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Sort sort(SearchQuery.Sort order, String priceKey) {
		SortField id = new SortField(Fields.ID_SORT, SortField.Type.LONG, order == SearchQuery.Sort.NEWEST);
		return switch (order) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
			case NEWEST -> new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true), id);
			case PRICE_ASC, PRICE_DESC -> {
				boolean descending = order == SearchQuery.Sort.PRICE_DESC;
				SortField price = new SortField(Fields.priceEur(priceKey), SortField.Type.LONG, descending);
				price.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
				yield new Sort(price, id);
			}
		};
	}

	private long eur(BigDecimal amount, String currency, long missing) {
		if (amount == null) {
			return missing;
		}
		Long units = mapper.eurUnits(amount, currency);
		if (units == null) {
			throw new InvalidInputException("currency", Reason.of("search.problem.noRateForFilter"));
		}
		return units;
	}

	private static void filter(BooleanQuery.Builder builder, String field, String value) {
		if (value != null && !value.isBlank()) {
			builder.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
		}
	}

	private static String country(String code, String field) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return CountryCode.of(field, code.strip().toUpperCase(Locale.ROOT)).value();
	}

	private static String currency(String requested, String market) {
		if (requested != null && !requested.isBlank()) {
			return Money.checkedCurrency(requested.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
		}
		if (market != null) {
			Currency local = Currency.getInstance(Locale.of("", market));
			if (local != null) {
				return local.getCurrencyCode();
			}
		}
		return "EUR";
	}

	/** Lets a rebuild in progress finish before the index it writes to is closed. */
	@Override
	public void destroy() throws InterruptedException {
		rebuilds.shutdown();
		if (!rebuilds.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
			rebuilds.shutdownNow();
		}
	}

}

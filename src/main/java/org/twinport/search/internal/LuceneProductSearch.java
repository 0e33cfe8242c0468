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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
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
 * About 400 lines, over our 300, because searching and rebuilding share the index's
 * generations ({@link LuceneIndex}) and the per-snapshot caches, and counting a search
 * (with its drill-sideways counts from the broader searches' counts) shares the count
 * cache with it; the query building already
 * lives in {@link QueryFactory}, the order and cursors in {@link PageOrder}, facets in
 * {@link SidewaysFacets} and {@link FacetSample}, hits in {@link HitReader}.
 * <p>
 * A search counts its matches (total and facets) once per index snapshot and filter; the
 * same filter's other pages and sorts then look for their page only, which an order on a
 * sorted or point-indexed field finds without visiting every match.
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

	/** Whole answers, per index snapshot; off ({@code 0}) when measuring the search itself. */
	private final SnapshotCache<SearchQuery, SearchResult> results;

	/**
	 * The total and facet counts of the most recent filters (words included), per index
	 * snapshot: a second page, another sort or another language of the same search pays
	 * for its page of hits only.
	 */
	private final SnapshotCache<CountKey, Counts> counts;

	private final int countCacheSize;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private volatile String lastRebuild = "never";

	LuceneProductSearch(LuceneIndex index, DocumentMapper mapper, ProductDocuments documents, HitReader reader,
			@Value("${twinport.search.result-cache-size:512}") int resultCacheSize,
			@Value("${twinport.search.facet-sample:10000}") int facetSample,
			@Value("${twinport.search.count-cache-size:4096}") int countCacheSize) {
		this.facetSample = facetSample;
		this.results = new SnapshotCache<>(resultCacheSize);
		this.counts = new SnapshotCache<>(countCacheSize);
		this.countCacheSize = countCacheSize;
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
		PageOrder page = PageOrder.of(order, priceKey, query.q() != null && !query.q().isBlank());
		try (LuceneIndex.Lease lease = index.acquire()) {
			IndexSearcher searcher = lease.searcher();
			SearchResult cached = results.get(searcher.getIndexReader(), query);
			if (cached != null) {
				return cached;
			}
			FieldDoc after = page.after(query.cursor(), searcher.getIndexReader().maxDoc());
			Query exact = filtering(filters, queries.text(query.q(), false));
			CountKey key = new CountKey(exact, priceKey, currency);
			Counts known = counts.get(searcher.getIndexReader(), key);
			if (known == null) {
				Query counted = exact;
				Matches matches = matches(searcher, null, counted, 1, Sort.INDEXORDER);
				if (matches.top().totalHits.value() < TYPO_THRESHOLD && queries.forgivesTypos(query.q())) {
					counted = filtering(filters, queries.text(query.q(), true));
					matches = matches(searcher, null, counted, 1, Sort.INDEXORDER);
				}
				known = counted(searcher, counted, matches, priceKey, currency);
				counts.put(searcher.getIndexReader(), key, known);
			}
			// The total is known: the page alone, skipping what cannot make it.
			Query run = page.scored() ? scoring(known.run()) : known.run();
			TopDocs top = null;
			Query narrowed = page.narrowed(searcher.getIndexReader(), run, after, known.total(), size);
			if (narrowed != null) {
				top = searcher.search(narrowed, new TopFieldCollectorManager(page.sort(), size, after, size));
			}
			if (top == null || top.scoreDocs.length < size) {
				top = searcher.search(run, new TopFieldCollectorManager(page.sort(), size, after, size));
			}
			List<SearchResult.Hit> hits = reader.hits(searcher.getIndexReader(), top.scoreDocs, query.lang(), priceKey,
					currency);
			String next = top.scoreDocs.length == size ? page.cursor((FieldDoc) top.scoreDocs[size - 1]) : null;
			SearchResult answer = new SearchResult(hits, known.total(), reader.labelled(known.facets(), query.lang()),
					currency, next, known.estimated());
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
	 * What the counts of a search depend on: its query (words as a filter, without the typo
	 * retry), and the prices' market and currency.
	 */
	private record CountKey(Query exact, String priceKey, String currency) {
	}

	/**
	 * The counts of a search, the same for every page and sort: its total and facet counts
	 * (unlabelled), and the query that found them, words as a filter (with typos forgiven
	 * when the exact words found too little).
	 */
	private record Counts(Query run, long total, Map<String, List<SearchResult.FacetCount>> facets,
			boolean estimated) {
	}

	/**
	 * The counts of a search from its matches. Each dimension it filters by is counted
	 * over the search without that filter (drill sideways): with the count cache on, those
	 * are the counts of that search, cached in turn, so that the broader searches a
	 * buyer's filters are chosen from are counted once per snapshot.
	 */
	private Counts counted(IndexSearcher searcher, Query run, Matches matches, String priceKey, String currency)
			throws IOException {
		if (countCacheSize <= 0) {
			Map<String, FacetSample> sideways = SidewaysFacets.collect(searcher, run, facetSample);
			return new Counts(run, matches.top().totalHits.value(),
					reader.facets(searcher, matches.facets(), sideways, priceKey, currency),
					matches.facets().estimated() || sideways.values().stream().anyMatch(FacetSample::estimated));
		}
		Map<String, List<SearchResult.FacetCount>> facets = reader.facets(searcher, matches.facets(), Map.of(),
				priceKey, currency);
		boolean estimated = matches.facets().estimated();
		for (Map.Entry<String, Query> without : SidewaysFacets.without(run).entrySet()) {
			CountKey key = new CountKey(without.getValue(), priceKey, currency);
			Counts broader = counts.get(searcher.getIndexReader(), key);
			if (broader == null) {
				broader = counted(searcher, without.getValue(),
						matches(searcher, null, without.getValue(), 1, Sort.INDEXORDER), priceKey, currency);
				counts.put(searcher.getIndexReader(), key, broader);
			}
			List<SearchResult.FacetCount> sideways = broader.facets().get(without.getKey());
			if (sideways != null) {
				facets.put(without.getKey(), sideways);
			}
			estimated |= broader.estimated();
		}
		return new Counts(run, matches.top().totalHits.value(), facets, estimated);
	}

	/**
	 * The page of hits and their exact total, and the matches the facets are counted on:
	 * all of them up to {@link #facetSample}, a sample beyond ({@link FacetSample}).
	 */
	private Matches matches(IndexSearcher searcher, FieldDoc after, Query query, int size, Sort sort)
			throws IOException {
		FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.searchAfter(searcher, after, query, size,
				sort, new FacetsCollectorManager());
		return new Matches(result.topDocs(),
				FacetSample.of(result.facetsCollector(), result.topDocs().totalHits.value(), facetSample));
	}

	/**
	 * The search with its words as a filter, as it is counted: without scores, Lucene's
	 * query cache may keep the words' matches of each segment, which the buyer's other
	 * filters then only intersect.
	 */
	private static Query filtering(BooleanQuery.Builder filters, Query text) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.FILTER);
		for (var clause : filters.build().clauses()) {
			query.add(clause);
		}
		return query.build();
	}

	/** The same search with its words (the first clause) scored. */
	private static Query scoring(Query filtering) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		List<BooleanClause> clauses = ((BooleanQuery) filtering).clauses();
		for (int i = 0; i < clauses.size(); i++) {
			query.add(clauses.get(i).query(), i == 0 ? Occur.MUST : clauses.get(i).occur());
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
		counts.clear();
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

package org.twinport.search.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.catalog.ProductDocuments;
import org.twinport.search.SearchQuery;
import org.twinport.search.SearchResult;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18: once a filter's counts are known, a page is searched for alone — stopping
 * early on the id-sorted index, or narrowed by the point tree for date and price orders —
 * and must be exactly the page the exhaustive search finds, on every page of every sort.
 */
class KnownCountsPagesTest extends IntegrationTest {

	@Autowired
	LuceneIndex index;

	@Autowired
	DocumentMapper mapper;

	@Autowired
	ProductDocuments documents;

	@Autowired
	HitReader reader;

	private LuceneProductSearch exhaustive;

	private LuceneProductSearch counting;

	@BeforeEach
	void twoSearchesWithoutResultCache() {
		exhaustive = new LuceneProductSearch(index, mapper, documents, reader, 0, 10_000, 0);
		counting = new LuceneProductSearch(index, mapper, documents, reader, 0, 10_000, 4096);
		await().atMost(Duration.ofSeconds(30)).until(() -> exhaustive.search(query("wok", null, null, null,
				SearchQuery.Sort.RELEVANCE, null)).total() >= 2);
	}

	@AfterEach
	void stop() throws InterruptedException {
		exhaustive.destroy();
		counting.destroy();
	}

	@Test
	void everyPageOfEverySortIsTheExhaustiveSearchsPage() {
		int pages = 0;
		for (String words : Arrays.asList(null, "tea", "teapott")) {
			for (String market : Arrays.asList(null, "FI", "JP")) {
				for (String category : Arrays.asList(null, "tea", "food")) {
					for (BigDecimal[] price : List.of(new BigDecimal[2],
							new BigDecimal[] { BigDecimal.valueOf(5), BigDecimal.valueOf(100) })) {
						for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
							pages += walk(words, market, category, price, sort);
						}
					}
				}
			}
		}
		assertThat(pages).isGreaterThan(300);
	}

	@Test
	void aListingInRelevanceOrderIsInProductIdOrderWithScoreCursors() {
		List<Long> ids = new ArrayList<>();
		String cursor = null;
		do {
			SearchResult page = counting.search(query(null, "FI", null, null, SearchQuery.Sort.RELEVANCE, cursor));
			page.hits().forEach(hit -> ids.add(hit.productId()));
			cursor = page.nextCursor();
			if (cursor != null) {
				assertThat(new String(java.util.Base64.getUrlDecoder().decode(cursor))).startsWith("RELEVANCE:1.0:");
			}
		}
		while (cursor != null);
		assertThat(ids).hasSizeGreaterThan(6).isSorted().doesNotHaveDuplicates();
	}

	/** @return the pages walked */
	private int walk(String words, String market, String category, BigDecimal[] price, SearchQuery.Sort sort) {
		String cursor = null;
		int pages = 0;
		do {
			SearchQuery query = new SearchQuery(words, "en", market, null, category, null, null, null,
					market == null ? null : price[0], market == null ? null : price[1], sort, cursor, 3);
			SearchResult expected;
			SearchResult counted;
			SearchResult known;
			int attempts = 0;
			do {
				// Other tests' products are still being indexed in the background: compare only
				// answers of one index snapshot, asking again when it moved on in between.
				expected = exhaustive.search(query);
				// The first asks may count; the second finds its counts known and looks for the page alone.
				counted = counting.search(query);
				known = counting.search(query);
			}
			while (!exhaustive.search(query).equals(expected) && ++attempts < 50);
			assertThat(counted).as(query.toString()).isEqualTo(expected);
			assertThat(known).as(query.toString()).isEqualTo(expected);
			cursor = expected.nextCursor();
			pages++;
		}
		while (cursor != null && pages < 40);
		return pages;
	}

	private static SearchQuery query(String words, String market, String category, String currency,
			SearchQuery.Sort sort, String cursor) {
		return new SearchQuery(words, "en", market, currency, category, null, null, null, null, null, sort, cursor, 3);
	}

}

package org.twinport.search.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Drill-sideways facet counts: for each dimension the buyer filters by, the matches of
 * the search with every filter but that dimension's own. Counted over those, a chosen
 * facet keeps offering its other values, each with what choosing it would find, while the
 * other dimensions' counts honour the filter. The market filter always applies.
 */
final class SidewaysFacets {

	private SidewaysFacets() {
	}

	/**
	 * @param query the search as run: the text as a MUST clause and each filter as a
	 * FILTER clause
	 * @param sampleCap matches beyond which the counts are estimated from a sample
	 * ({@link FacetSample})
	 * @return per filtered dimension, the matches without its own filter; empty when
	 * nothing is filtered
	 */
	static Map<String, FacetSample> collect(IndexSearcher searcher, Query query, int sampleCap) throws IOException {
		Map<String, FacetSample> sideways = new LinkedHashMap<>();
		for (Map.Entry<String, Query> without : without(query).entrySet()) {
			FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, without.getValue(), 1,
					new FacetsCollectorManager());
			sideways.put(without.getKey(),
					FacetSample.of(result.facetsCollector(), result.topDocs().totalHits.value(), sampleCap));
		}
		return sideways;
	}

	/**
	 * @return per dimension the search filters by, the search without that dimension's
	 * filter; empty when nothing is filtered
	 */
	static Map<String, Query> without(Query query) {
		Map<String, Query> without = new LinkedHashMap<>();
		if (!(query instanceof BooleanQuery bool)) {
			return without;
		}
		for (BooleanClause clause : bool.clauses()) {
			String dimension = dimension(clause);
			if (dimension == null || without.containsKey(dimension)) {
				continue;
			}
			BooleanQuery.Builder rest = new BooleanQuery.Builder();
			for (BooleanClause other : bool.clauses()) {
				if (!dimension.equals(dimension(other))) {
					rest.add(other);
				}
			}
			without.put(dimension, rest.build());
		}
		return without;
	}

	/** The facet dimension a filter clause narrows, or null (text, market). */
	private static String dimension(BooleanClause clause) {
		if (clause.occur() != Occur.FILTER) {
			return null;
		}
		String field = clause.query() instanceof TermQuery term ? term.getTerm().field()
				: clause.query() instanceof PointRangeQuery range ? range.getField() : null;
		if (field == null) {
			return null;
		}
		if (field.equals(Fields.CATEGORY_PATH)) {
			return Fields.CATEGORY;
		}
		if (field.equals(Fields.COUNTRY) || field.equals(Fields.CITY) || field.equals(Fields.ORIGIN)) {
			return field;
		}
		return field.startsWith(Fields.priceEur("")) ? HitReader.PRICE : null;
	}

}

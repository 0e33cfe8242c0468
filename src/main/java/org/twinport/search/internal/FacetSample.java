package org.twinport.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches facets are counted on: all of them up to a cap, and beyond it every k-th
 * match in index order (k = ⌈matches / cap⌉), a deterministic uniform sample whose counts
 * are scaled up by {@link #scale()}. Counting every match of a broad query on a
 * million-variant catalog costs more than the rest of the search together.
 */
final class FacetSample extends FacetsCollector {

	private final List<MatchingDocs> sample;

	private final double scale;

	private FacetSample(List<MatchingDocs> sample, double scale) {
		this.sample = sample;
		this.scale = scale;
	}

	/**
	 * @param total the exact number of matches (the collector's per-leaf counts are not
	 * always filled in)
	 */
	static FacetSample of(FacetsCollector all, long total, int cap) throws IOException {
		if (cap <= 0 || total <= cap) {
			return new FacetSample(all.getMatchingDocs(), 1);
		}
		long every = (total + cap - 1) / cap;
		List<MatchingDocs> sample = new ArrayList<>();
		long seen = 0;
		long kept = 0;
		for (MatchingDocs leaf : all.getMatchingDocs()) {
			FixedBitSet bits = new FixedBitSet(leaf.context().reader().maxDoc());
			int count = 0;
			DocIdSetIterator docs = leaf.bits() == null ? null : leaf.bits().iterator();
			if (docs != null) {
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					if (seen++ % every == 0) {
						bits.set(doc);
						count++;
					}
				}
			}
			kept += count;
			DocIdSet set = new BitDocIdSet(bits, count);
			sample.add(new MatchingDocs(leaf.context(), set, count, null));
		}
		return new FacetSample(sample, kept == 0 ? 1 : (double) total / kept);
	}

	@Override
	public List<MatchingDocs> getMatchingDocs() {
		return sample;
	}

	/** What a count on the sample is multiplied by; 1 when every match was counted. */
	double scale() {
		return scale;
	}

	boolean estimated() {
		return scale != 1;
	}

}

package org.twinport.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;

/**
 * The most recently used values computed from one snapshot of the index, valid for that
 * snapshot only: an entry is used only while the searcher still reads the very snapshot
 * it was computed from, so a cached value is always what computing it afresh would give.
 * Any change to the index (refreshed every 200 ms when there are changes) makes every
 * entry stale. New FX rates clear it ({@link #clear()}), as prices are converted at the
 * latest rates. Holds whole answers (the result cache) and the counts of a filter (total
 * and facets, {@link LuceneProductSearch}).
 */
final class SnapshotCache<K, V> {

	private final int capacity;

	private IndexReader snapshot;

	private final Map<K, V> values;

	SnapshotCache(int capacity) {
		this.capacity = capacity;
		this.values = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > SnapshotCache.this.capacity;
			}
		};
	}

	synchronized V get(IndexReader reader, K key) {
		if (capacity <= 0 || reader != snapshot) {
			return null;
		}
		return values.get(key);
	}

	synchronized void clear() {
		values.clear();
		snapshot = null;
	}

	synchronized void put(IndexReader reader, K key, V value) {
		if (capacity <= 0) {
			return;
		}
		if (reader != snapshot) {
			values.clear();
			snapshot = reader;
		}
		values.put(key, value);
	}

}

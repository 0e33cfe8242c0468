package org.twinport.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.twinport.search.SearchQuery;
import org.twinport.search.SearchResult;

/**
 * The answers to the most recent searches, valid for one snapshot of the index only: an
 * entry is used only while the searcher still reads the very snapshot it was computed
 * from, so a cached answer is always the answer a fresh search would give. Any change to
 * the index (refreshed every 200 ms when there are changes) makes every entry stale. New
 * FX rates clear it ({@link #clear()}), as shown prices are converted at the latest
 * rates.
 */
final class ResultCache {

	private final int capacity;

	private IndexReader snapshot;

	private final Map<SearchQuery, SearchResult> answers;

	ResultCache(int capacity) {
		this.capacity = capacity;
		this.answers = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResult> eldest) {
				return size() > ResultCache.this.capacity;
			}
		};
	}

	synchronized SearchResult get(IndexReader reader, SearchQuery query) {
		if (capacity <= 0 || reader != snapshot) {
			return null;
		}
		return answers.get(query);
	}

	synchronized void clear() {
		answers.clear();
		snapshot = null;
	}

	synchronized void put(IndexReader reader, SearchQuery query, SearchResult result) {
		if (capacity <= 0) {
			return;
		}
		if (reader != snapshot) {
			answers.clear();
			snapshot = reader;
		}
		answers.put(query, result);
	}

}

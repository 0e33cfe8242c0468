package org.twinport.search;

import java.util.List;

/**
 * Searching the public catalog. Small on purpose: an implementation over OpenSearch would
 * keep these three operations and the records they exchange.
 */
public interface ProductSearch {

	/**
	 * @throws org.twinport.shared.InvalidInputException for a malformed cursor, market or
	 * currency
	 */
	SearchResult search(SearchQuery query);

	/**
	 * Titles that start with, or contain a word starting with, what the buyer has typed
	 * so far.
	 */
	List<String> suggest(String prefix, String lang, String market, int limit);

	/**
	 * Rebuilds the index from the catalog in the background into a fresh index, which
	 * replaces the current one when complete; searches keep being answered from the
	 * current index meanwhile.
	 * @return false when a rebuild is already running
	 */
	boolean rebuild();

	IndexStatus status();

	record IndexStatus(long documents, boolean rebuilding, String lastRebuild) {
	}

}

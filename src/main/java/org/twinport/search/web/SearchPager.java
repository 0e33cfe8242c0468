package org.twinport.search.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a results page is among the pages of a search. Search pages by cursor (the last
 * hit seen), so going back needs the cursors of the pages before: they travel in the
 * links as {@code back=c2.c3} (page 1 has none), at most {@link #MAX_BACK} of them.
 */
public record SearchPager(String cursor, List<String> back) {

	static final int PAGE_SIZE = 24;

	private static final int MAX_BACK = 40;

	static SearchPager of(String cursor, String back) {
		List<String> before = new ArrayList<>();
		if (cursor != null && back != null) {
			for (String part : back.split("\\.")) {
				if (part.matches("^[A-Za-z0-9_-]{1,200}$") && before.size() < MAX_BACK) {
					before.add(part);
				}
			}
		}
		return new SearchPager(cursor, List.copyOf(before));
	}

	/** 1 for the first page. */
	public int page() {
		return cursor == null ? 1 : back.size() + 2;
	}

	public int pages(long total) {
		return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return cursor != null;
	}

	/** The previous page's cursor; null for the first page. */
	public String previousCursor() {
		return back.isEmpty() ? null : back.get(back.size() - 1);
	}

	public String previousBack() {
		return back.size() <= 1 ? null : String.join(".", back.subList(0, back.size() - 1));
	}

	/** The trail the next page's link carries: this page's cursor added. */
	public String nextBack() {
		if (cursor == null) {
			return null;
		}
		List<String> next = new ArrayList<>(back);
		next.add(cursor);
		return String.join(".", next.subList(Math.max(0, next.size() - MAX_BACK), next.size()));
	}

}

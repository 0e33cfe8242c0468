package org.twinport.ordering.internal;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.twinport.ordering.Review;

/**
 * Reviews as they were written, so that placing one does not parse its JSON again. The
 * stored row stays the truth: an entry is used only while the row still has the
 * {@code xmin} it was written with, so a row changed since (or never committed) is read
 * from the database instead. Bounded; lock-free, so virtual threads never pin here.
 */
@Component
class ReviewCache {

	static final int MAX_ENTRIES = 2048;

	record Entry(long accountId, String rowVersion, Review review) {
	}

	private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

	void put(long accountId, String rowVersion, Review review) {
		if (entries.size() >= MAX_ENTRIES) {
			evict();
		}
		entries.put(review.id(), new Entry(accountId, rowVersion, review));
	}

	/** The cached entry of this account's review, whatever its row version. */
	Entry entry(long accountId, UUID id) {
		Entry entry = entries.get(id);
		return entry != null && entry.accountId() == accountId ? entry : null;
	}

	void remove(UUID id) {
		entries.remove(id);
	}

	int size() {
		return entries.size();
	}

	private void evict() {
		Instant now = Instant.now();
		entries.values().removeIf(entry -> entry.review().expiresAt().isBefore(now));
		Iterator<UUID> ids = entries.keySet().iterator();
		while (entries.size() >= MAX_ENTRIES / 2 && ids.hasNext()) {
			ids.next();
			ids.remove();
		}
	}

}

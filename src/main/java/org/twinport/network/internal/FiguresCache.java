package org.twinport.network.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.twinport.network.NetworkFigures.Figures;
import org.twinport.network.NetworkFiguresChanged;
import org.twinport.platform.SharedDataCaches;

/**
 * The figures are computed live but read far more often than the registry changes: they
 * are kept until the next change on this node anywhere they count, and for at most the
 * shared-data time to live, so that a change on another node shows and time-dependent
 * figures (anniversaries, dormancy) roll over ({@code docs/caches.md}, kind 1). The directory's pages and
 * totals are kept the same way: every change that can alter them (a partnership, a place,
 * an exchange's activity) clears this.
 */
@Component
class FiguresCache {

	private final long maxAgeNanos;

	FiguresCache(SharedDataCaches caches) {
		this.maxAgeNanos = caches.ttl().toNanos();
	}

	private record Cached(Figures figures, long at) {
	}

	private final Map<String, Cached> entries = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
			return size() > 64;
		}
	};

	private record CachedValue(Object value, long at) {
	}

	/**
	 * Directory pages and totals by query; small, and bounded so that crawling every page
	 * cannot grow it.
	 */
	private final Map<String, CachedValue> directory = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, CachedValue> eldest) {
			return size() > 512;
		}
	};

	private long generation;

	/**
	 * A directory result (a page or a total); {@code key} must name the query completely,
	 * language included.
	 */
	@SuppressWarnings("unchecked")
	<T> T directory(String key, Supplier<T> compute) {
		long startedGeneration;
		synchronized (this) {
			CachedValue cached = directory.get(key);
			if (cached != null && System.nanoTime() - cached.at() < maxAgeNanos) {
				return (T) cached.value();
			}
			startedGeneration = generation;
		}
		T value = compute.get();
		synchronized (this) {
			if (generation == startedGeneration) {
				directory.put(key, new CachedValue(value, System.nanoTime()));
			}
		}
		return value;
	}

	Figures get(String key, Supplier<Figures> compute) {
		long startedGeneration;
		synchronized (this) {
			Cached cached = entries.get(key);
			if (cached != null && System.nanoTime() - cached.at() < maxAgeNanos) {
				return cached.figures();
			}
			startedGeneration = generation;
		}
		Figures figures = compute.get();
		synchronized (this) {
			if (generation == startedGeneration) {
				entries.put(key, new Cached(figures, System.nanoTime()));
			}
		}
		return figures;
	}

	/**
	 * Clears now and, inside a transaction, once more after it commits, so no reader
	 * caches what it saw before.
	 */
	void clear() {
		clearNow();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clearNow();
				}
			});
		}
	}

	private synchronized void clearNow() {
		generation++;
		entries.clear();
		directory.clear();
	}

	@EventListener
	void on(NetworkFiguresChanged event) {
		clear();
	}

}

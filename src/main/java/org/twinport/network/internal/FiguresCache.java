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

/**
 * The figures are computed live but read far more often than the registry changes: they are kept until the next
 * change anywhere they count, and for at most a minute, so that time-dependent figures (anniversaries, dormancy) roll
 * over. The directory's total per filter is kept the same way, since every change that can alter it clears this.
 */
@Component
class FiguresCache {

	private static final long MAX_AGE_NANOS = 60_000_000_000L;

	private record Cached(Figures figures, long at) {
	}

	private final Map<String, Cached> entries = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
			return size() > 64;
		}
	};

	private record CachedCount(long count, long at) {
	}

	private final Map<String, CachedCount> counts = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, CachedCount> eldest) {
			return size() > 256;
		}
	};

	private long generation;

	/** The directory's total for one filter; {@code key} must name the filter completely. */
	long count(String key, java.util.function.LongSupplier compute) {
		long startedGeneration;
		synchronized (this) {
			CachedCount cached = counts.get(key);
			if (cached != null && System.nanoTime() - cached.at() < MAX_AGE_NANOS) {
				return cached.count();
			}
			startedGeneration = generation;
		}
		long count = compute.getAsLong();
		synchronized (this) {
			if (generation == startedGeneration) {
				counts.put(key, new CachedCount(count, System.nanoTime()));
			}
		}
		return count;
	}

	Figures get(String key, Supplier<Figures> compute) {
		long startedGeneration;
		synchronized (this) {
			Cached cached = entries.get(key);
			if (cached != null && System.nanoTime() - cached.at() < MAX_AGE_NANOS) {
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

	/** Clears now and, inside a transaction, once more after it commits, so no reader caches what it saw before. */
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
		counts.clear();
	}

	@EventListener
	void on(NetworkFiguresChanged event) {
		clear();
	}

}

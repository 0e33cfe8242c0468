package org.twinport.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One value read from PostgreSQL that any node may change, kept by this node under the
 * rule of {@link SharedDataCaches}: trusted for at most the time to live, dropped at once
 * by {@link #invalidate()} when this node changes it.
 * <p>
 * A fresh value costs two volatile reads and a clock comparison. A reader that finds it
 * stale loads it under a lock (not a monitor, so a virtual thread does not pin), and the
 * readers arriving meanwhile wait for that one load instead of running their own.
 *
 * @param <V> the value; it must not change once loaded
 */
public final class RefreshingValue<V> implements Supplier<V> {

	private record Loaded<V>(V value, long at, long generation) {
	}

	private final Supplier<V> loader;

	private final long ttlNanos;

	private final LongSupplier nanoClock;

	private final ReentrantLock loading = new ReentrantLock();

	/** Bumped by every invalidation: a value loaded under an older one is not used. */
	private final AtomicLong generation = new AtomicLong();

	private volatile Loaded<V> loaded;

	RefreshingValue(Supplier<V> loader, Duration ttl, LongSupplier nanoClock) {
		this.loader = loader;
		this.ttlNanos = ttl.toNanos();
		this.nanoClock = nanoClock;
	}

	@Override
	public V get() {
		Loaded<V> current = loaded;
		if (fresh(current)) {
			return current.value();
		}
		if (ttlNanos == 0) {
			return loader.get();
		}
		loading.lock();
		try {
			current = loaded;
			if (fresh(current)) {
				return current.value();
			}
			long generationRead = generation.get();
			// Counted from before the read: the value is never trusted longer than the
			// TTL.
			long at = nanoClock.getAsLong();
			V value = loader.get();
			loaded = new Loaded<>(value, at, generationRead);
			return value;
		}
		finally {
			loading.unlock();
		}
	}

	/**
	 * Drops the value now and, inside a transaction, once more when it ends: a reader
	 * that loaded meanwhile saw the data from before the commit.
	 */
	public void invalidate() {
		generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
				}
			});
		}
	}

	private boolean fresh(Loaded<V> current) {
		return current != null && current.generation() == generation.get()
				&& nanoClock.getAsLong() - current.at() < ttlNanos;
	}

}

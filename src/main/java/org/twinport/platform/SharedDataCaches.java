package org.twinport.platform;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The one rule for data a node keeps in memory that every node shares through PostgreSQL
 * (FX rate sets, landed-cost rule sets, API tokens, ...): a node trusts a value it read
 * for at most {@code twinport.cache.shared-data-ttl} (5 s by default); a change made on
 * this node is used here at once ({@link RefreshingValue#invalidate()}); a change made on
 * another node is used here within that time. Caches of such data are made here, or trust
 * their entries for {@link #ttl()}, so they all follow it.
 * <p>
 * The two other kinds of cache need no time to live: entries checked against PostgreSQL
 * on every use (a row version), and values derived only from a key that names content
 * never changed once stored (a rule set's version). {@code docs/caches.md} lists the
 * caches of each kind.
 */
@Component
public class SharedDataCaches {

	private final Duration ttl;

	SharedDataCaches(TwinportProperties properties) {
		this.ttl = properties.cache().sharedDataTtl();
	}

	/** A value read by {@code loader}, kept under the rule above. */
	public <V> RefreshingValue<V> value(Supplier<V> loader) {
		return new RefreshingValue<>(loader, ttl, System::nanoTime);
	}

	/** How long a node trusts what it read. */
	public Duration ttl() {
		return ttl;
	}

}

package org.twinport.platform;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The one rule for data a node keeps in memory that every node shares through PostgreSQL
 * (FX rate sets, landed-cost rule sets, ...): a node trusts a value it read for at most
 * {@code twinport.cache.shared-data-ttl} (5 s by default); a change made on this node is
 * used here at once; a change made on another node is used here within that time. Caches
 * of such data are made here, so they all follow it.
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

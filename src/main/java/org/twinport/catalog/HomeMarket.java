package org.twinport.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinport.network.NetworkDirectory;
import org.twinport.platform.SharedDataCaches;

/**
 * The market a marketplace page shows when the buyer has not chosen one: the home city's
 * country (from the partner network) when checkout delivers there, else the first market
 * it delivers to. Twinport serves any home city, so this is data, not a country in code;
 * it is looked up again once the shared-data time to live has passed ({@code docs/caches.md}).
 */
@Component
public class HomeMarket {

	private final NetworkDirectory network;

	private final DeliveryMarkets markets;

	private volatile @Nullable Resolved resolved;

	private final Duration refresh;

	HomeMarket(NetworkDirectory network, DeliveryMarkets markets, SharedDataCaches caches) {
		this.refresh = caches.ttl();
		this.network = network;
		this.markets = markets;
	}

	/**
	 * An ISO country code; null only when the platform delivers nowhere and the network
	 * has no home city.
	 */
	public @Nullable String country() {
		Resolved current = resolved;
		if (current == null || current.at().plus(refresh).isBefore(Instant.now())) {
			current = new Resolved(resolve(), Instant.now());
			resolved = current;
		}
		return current.country();
	}

	private @Nullable String resolve() {
		List<String> deliverable = markets.countries();
		String home = homeCountry();
		if (home != null && deliverable.contains(home)) {
			return home;
		}
		return deliverable.isEmpty() ? home : deliverable.get(0);
	}

	private @Nullable String homeCountry() {
		List<String> codes = network.homePlaceCodes();
		if (codes.isEmpty()) {
			return null;
		}
		return network.places()
			.stream()
			.filter(place -> place.code().equals(codes.get(0)))
			.map(NetworkDirectory.PlaceNames::countryCode)
			.findFirst()
			.orElse(null);
	}

	private record Resolved(@Nullable String country, Instant at) {
	}

}

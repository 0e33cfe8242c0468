package org.twinport.network.internal;

import java.util.List;
import java.util.Map;

import org.twinport.network.Continent;
import org.twinport.network.PartnershipStatus;

/** The exchange format of a whole network, {@code twinport-network/1}. */
record NetworkDocument(String format, String source, Boolean demo, List<Place> places, List<Partnership> partnerships) {

	static final String FORMAT = "twinport-network/1";

	record Place(String code, String kind, Map<String, String> names, String countryCode, String region,
			Continent continent, Double latitude, Double longitude, String timeZone, String currency,
			List<String> languages, String parent, Boolean home) {
	}

	record Partnership(String home, String partner, String kind, PartnershipStatus status, String established,
			String notes) {
	}

}

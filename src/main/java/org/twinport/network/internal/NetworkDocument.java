package org.twinport.network.internal;

import java.util.List;
import java.util.Map;

import org.twinport.network.Continent;
import org.twinport.network.PartnershipStatus;

/**
 * The exchange format of a whole network, {@code twinport-network/1}. Organizations,
 * contacts, fields of cooperation and partnership contacts were added later as optional
 * members, so older documents still read.
 */
record NetworkDocument(String format, String source, Boolean demo, List<Place> places, List<Organization> organizations,
		List<Contact> contacts, List<Partnership> partnerships) {

	static final String FORMAT = "twinport-network/1";

	record Place(String code, String kind, Map<String, String> names, String countryCode, String region,
			Continent continent, Double latitude, Double longitude, String timeZone, String currency,
			List<String> languages, String parent, Boolean home) {
	}

	record Organization(String code, String kind, Map<String, String> names, String place, String website) {
	}

	record Contact(String code, String fullName, Map<String, String> names, String position, String organization,
			String place, List<String> languages, String termStart, String termEnd, String email, String phone,
			String postalAddress, String notes) {
	}

	record Partnership(String home, String partner, String kind, PartnershipStatus status, String established,
			List<String> fieldsOfCooperation, String notes, List<String> contacts) {
	}

}

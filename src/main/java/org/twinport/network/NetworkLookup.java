package org.twinport.network;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Resolves the registry's places, organizations and contacts by code or id, for modules
 * that refer to them.
 */
public interface NetworkLookup {

	Optional<PlaceRef> place(String code, String lang);

	Optional<OrganizationRef> organization(String code, String lang);

	Optional<ContactRef> contact(String code, String lang);

	Map<Long, PlaceRef> places(Collection<Long> ids, String lang);

	Map<Long, OrganizationRef> organizations(Collection<Long> ids, String lang);

	Map<Long, ContactRef> contacts(Collection<Long> ids, String lang);

	/**
	 * @param timeZone the IANA zone; null when unknown
	 */
	record PlaceRef(long id, String code, String name, String countryCode, @Nullable String timeZone,
			@Nullable Double latitude, @Nullable Double longitude) {
	}

	/**
	 * @param placeId where the organization is based; null when unknown
	 */
	record OrganizationRef(long id, String code, String name, @Nullable Long placeId) {
	}

	/**
	 * @param placeId the place the contact belongs to, directly or through the
	 * organization; null when unknown
	 */
	record ContactRef(long id, String code, String name, @Nullable String position, @Nullable Long placeId) {
	}

}

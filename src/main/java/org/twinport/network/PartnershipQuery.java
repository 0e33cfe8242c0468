package org.twinport.network;

/** Filters of the directory; null means any. */
public record PartnershipQuery(String kind, PartnershipStatus status, Continent continent, String countryCode) {

	public static final PartnershipQuery ALL = new PartnershipQuery(null, null, null, null);

}

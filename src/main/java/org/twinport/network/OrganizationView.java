package org.twinport.network;

import java.util.Map;

/** An organization, public in full. */
public record OrganizationView(long id, String code, String kind, String kindName, String name,
		Map<String, String> names, String placeCode, String placeName, String website, boolean archived, boolean demo) {
}

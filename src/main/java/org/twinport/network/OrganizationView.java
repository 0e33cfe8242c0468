package org.twinport.network;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An organization, public in full. */
public record OrganizationView(long id, String code, String kind, String kindName, String name,
		Map<String, String> names, @Nullable String placeCode, @Nullable String placeName, @Nullable String website,
		boolean archived, boolean demo) {
}

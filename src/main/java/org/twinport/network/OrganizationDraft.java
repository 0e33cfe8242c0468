package org.twinport.network;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * @param place the code of the place the organization is based in; null when unknown
 */
public record OrganizationDraft(String code, String kind, Map<String, String> names, @Nullable String place,
		@Nullable String website) {
}

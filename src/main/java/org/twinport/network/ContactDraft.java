package org.twinport.network;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A contact as staff or a partner office write it; organization and place by code, term
 * dates as ISO dates.
 */
public record ContactDraft(String code, String fullName, @Nullable Map<String, String> names,
		@Nullable String position, @Nullable String organization, @Nullable String place,
		@Nullable List<String> languages, @Nullable String termStart, @Nullable String termEnd, @Nullable String email,
		@Nullable String phone, @Nullable String postalAddress, @Nullable String notes) {
}

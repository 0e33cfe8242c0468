package org.twinport.network;

import java.util.List;
import java.util.Map;

/**
 * A contact as staff or a partner office write it; organization and place by code, term
 * dates as ISO dates.
 */
public record ContactDraft(String code, String fullName, Map<String, String> names, String position,
		String organization, String place, List<String> languages, String termStart, String termEnd, String email,
		String phone, String postalAddress, String notes) {
}

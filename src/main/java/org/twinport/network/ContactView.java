package org.twinport.network;

import java.util.List;
import java.util.Map;

/**
 * A person of the network. {@code personal} is null unless the reader is staff or the
 * office of the contact's place.
 */
public record ContactView(long id, String code, String fullName, Map<String, String> names, String position,
		String organizationCode, String organizationName, String placeCode, List<String> languages, String termStart,
		String termEnd, String notes, boolean archived, boolean demo, PersonalDetails personal) {

	public record PersonalDetails(String email, String phone, String postalAddress) {
	}

}

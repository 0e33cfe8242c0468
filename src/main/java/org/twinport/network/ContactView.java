package org.twinport.network;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A person of the network. {@code personal} is null unless the reader is staff or the
 * office of the contact's place.
 */
public record ContactView(long id, String code, String fullName, Map<String, String> names,
		@Nullable String position, @Nullable String organizationCode, @Nullable String organizationName,
		@Nullable String placeCode, List<String> languages, @Nullable String termStart, @Nullable String termEnd,
		@Nullable String notes, boolean archived, boolean demo, @Nullable PersonalDetails personal) {

	public record PersonalDetails(@Nullable String email, @Nullable String phone, @Nullable String postalAddress) {
	}

}

package org.twinport.network;

import org.jspecify.annotations.Nullable;

/** Filters of the directory; null means any. */
public record PartnershipQuery(@Nullable String kind, @Nullable PartnershipStatus status, @Nullable Continent continent,
		@Nullable String countryCode) {

	public static final PartnershipQuery ALL = new PartnershipQuery(null, null, null, null);

}

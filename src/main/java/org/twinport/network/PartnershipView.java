package org.twinport.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A partnership as the public directory shows it.
 *
 * @param established the date as {@code 1983}, {@code 1985-04} or {@code 1994-09-25};
 * null when unknown
 * @param fieldsOfCooperation for example {@code culture}, {@code trade}; empty when none
 * are recorded
 * @param lastActivity the ISO date of the latest exchange the partner took part in; null
 * when none is recorded
 */
public record PartnershipView(long id, PlaceSummary partner, PlaceSummary home, String kind, String kindName,
		PartnershipStatus status, @Nullable String established, boolean demo, List<String> fieldsOfCooperation,
		@Nullable String lastActivity, @Nullable String notes) {

	/** A place in the language of the reader, with coordinates when they are known. */
	public record PlaceSummary(long id, String code, String name, String countryCode, Continent continent,
			@Nullable Double latitude, @Nullable Double longitude) {
	}

}

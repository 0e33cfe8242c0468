package org.twinport.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A partnership as staff write it; places and contacts are named by their codes.
 *
 * @param established {@code 1983}, {@code 1985-04}, {@code 1994-09-25} or null when
 * unknown
 */
public record PartnershipDraft(String home, String partner, String kind, @Nullable PartnershipStatus status,
		@Nullable String established, @Nullable List<String> fieldsOfCooperation, @Nullable String notes,
		@Nullable List<String> contacts) {
}

package org.twinport.ordering;

/**
 * Where the goods go. Names and lines may be in any script; the postal code must match
 * the country's format.
 *
 * @param region state, prefecture or province, required where the post needs it (US, JP,
 * AU, CN)
 */
public record Address(String name, String line1, String line2, String city, String region, String postalCode,
		String country, String phone) {
}

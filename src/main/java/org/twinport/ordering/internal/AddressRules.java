package org.twinport.ordering.internal;

import java.util.Locale;

import org.twinport.ordering.Address;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Checks an address against its country: required fields and the postal-code format.
 * Names and lines may be in any script (Chinese, Cyrillic, Hangul, kana…), so only length
 * and control characters are checked there.
 */
final class AddressRules {

	private AddressRules() {
	}

	/** The address as it will be stored: trimmed, the postal code upper-cased. */
	static Address checked(Address address, Markets.Market market) {
		if (address == null) {
			throw new InvalidInputException("address", Reason.of("problem.required"));
		}
		if (!market.country().equals(address.country())) {
			throw new InvalidInputException("address.country",
					Reason.of("ordering.problem.addressCountry", market.country()));
		}
		String postal = text(address.postalCode(), "address.postalCode", 12, true).toUpperCase(Locale.ROOT);
		if (!market.postalCode().matcher(postal).matches()) {
			throw new InvalidInputException("address.postalCode", Reason.of("ordering.problem.postalCode", market.country(), market.postalExample()));
		}
		String region = text(address.region(), "address.region", 100, market.regionRequired());
		return new Address(text(address.name(), "address.name", 200, true),
				text(address.line1(), "address.line1", 200, true), text(address.line2(), "address.line2", 200, false),
				text(address.city(), "address.city", 100, true), region.isEmpty() ? null : region, postal,
				market.country(), text(address.phone(), "address.phone", 40, false));
	}

	private static String text(String value, String field, int max, boolean required) {
		String trimmed = value == null ? "" : value.strip();
		if (required && trimmed.isEmpty()) {
			throw new InvalidInputException(field, Reason.of("problem.required"));
		}
		if (trimmed.length() > max) {
			throw new InvalidInputException(field, Reason.of("ordering.problem.atMostCharacters", max));
		}
		if (trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException(field, Reason.of("ordering.problem.controlCharacters"));
		}
		return trimmed;
	}

}

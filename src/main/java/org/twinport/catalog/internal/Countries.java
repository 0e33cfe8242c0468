package org.twinport.catalog.internal;

import java.util.Locale;
import java.util.Set;

import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** ISO 3166-1 alpha-2 codes as the JDK knows them. */
final class Countries {

	private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	private Countries() {
	}

	static String checked(String code, String field) {
		String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		if (!CODES.contains(upper)) {
			throw new InvalidInputException(field, Reason.of("catalog.problem.country"));
		}
		return upper;
	}

}

package org.twinport.insight.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.twinport.shared.InvalidInputException;

/** The checks every way into the flows shares: countries, HS codes, periods. */
final class FlowRules {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Map<String, String> ALPHA3 = new HashMap<>();

	static {
		for (String code : Locale.getISOCountries()) {
			ALPHA3.put(Locale.of("", code).getISO3Country(), code);
		}
	}

	private FlowRules() {
	}

	static String country(String code, String field) {
		String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(value)) {
			throw new InvalidInputException(field, "must be an ISO 3166 alpha-2 country code such as FI");
		}
		return value;
	}

	/**
	 * Comtrade writes countries as alpha-3 ({@code CHN}); null for areas such as
	 * {@code W00} (world).
	 */
	static String countryFromAlpha3(String code) {
		return code == null ? null : ALPHA3.get(code.strip().toUpperCase(Locale.ROOT));
	}

	static String hsCode(String code, String field) {
		String value = code == null ? "" : code.strip().replace(".", "");
		if (!value.matches("^[0-9]{2}([0-9]{2}([0-9]{2})?)?$") || value.startsWith("00") || value.startsWith("77")) {
			throw new InvalidInputException(field, "must be an HS chapter, heading or subheading: 2, 4 or 6 digits");
		}
		return value;
	}

	static String chapter(String code, String field) {
		String value = code == null ? "" : code.strip();
		if (value.length() == 1 && Character.isDigit(value.charAt(0))) {
			value = "0" + value;
		}
		if (!value.matches("^[0-9]{2}$") || value.equals("00") || value.equals("77") || value.compareTo("97") > 0) {
			throw new InvalidInputException(field, "must be an HS chapter from 01 to 97");
		}
		return value;
	}

	static YearMonth month(String text, String field) {
		try {
			YearMonth month = YearMonth.parse(text == null ? "" : text.strip());
			if (month.getYear() < 1950 || month.getYear() > 2200) {
				throw new InvalidInputException(field, "must be a month between 1950-01 and 2200-12");
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "must be a month written YYYY-MM");
		}
	}

}

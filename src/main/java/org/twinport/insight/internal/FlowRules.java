package org.twinport.insight.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.twinport.shared.CountryCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** The checks every way into the flows shares: countries, HS codes, periods. */
final class FlowRules {


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
		return CountryCode.of(field, value).value();
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
			throw new InvalidInputException(field, Reason.of("insight.problem.hsCode"));
		}
		return value;
	}

	static String chapter(String code, String field) {
		String value = code == null ? "" : code.strip();
		if (value.length() == 1 && Character.isDigit(value.charAt(0))) {
			value = "0" + value;
		}
		if (!value.matches("^[0-9]{2}$") || value.equals("00") || value.equals("77") || value.compareTo("97") > 0) {
			throw new InvalidInputException(field, Reason.of("insight.problem.chapter"));
		}
		return value;
	}

	static YearMonth month(String text, String field) {
		try {
			YearMonth month = YearMonth.parse(text == null ? "" : text.strip());
			if (month.getYear() < 1950 || month.getYear() > 2200) {
				throw new InvalidInputException(field, Reason.of("insight.problem.monthBetween", "1950-01", "2200-12"));
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, Reason.of("insight.problem.month"));
		}
	}

}

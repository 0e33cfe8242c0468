package org.twinport.pricing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a quote line applies, as the message code {@code line.<code>} and its arguments in
 * the order the message uses them. An argument written {@code msg:<key>|<fallback>} is
 * itself worded from the bundles, such as a tax's name or a regime's label.
 */
record LineReason(String code, Map<String, String> args, boolean estimate) {

	static LineReason of(String code, String... namesAndValues) {
		Map<String, String> args = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			args.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return new LineReason(code, args, false);
	}

	LineReason estimated() {
		return new LineReason(code, args, true);
	}

	/** A word from the bundles, with the text to show where no bundle has it. */
	static String message(String key, String fallback) {
		return "msg:" + key + "|" + fallback;
	}

	static String taxName(String type) {
		return message("line.type." + type, type);
	}

	static String label(String label) {
		return message("line.label." + label.replaceAll("[^A-Za-z0-9]", ""), label);
	}

}

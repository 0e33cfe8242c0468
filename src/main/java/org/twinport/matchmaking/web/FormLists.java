package org.twinport.matchmaking.web;

import java.util.Arrays;
import java.util.List;

/** Comma- or space-separated form fields as lists. */
final class FormLists {

	private FormLists() {
	}

	static List<String> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	static String join(List<?> values) {
		return values == null ? "" : String.join(", ", values.stream().map(String::valueOf).toList());
	}

}

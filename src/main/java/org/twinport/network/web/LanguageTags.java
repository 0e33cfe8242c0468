package org.twinport.network.web;

import java.util.Locale;

import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LanguageCode;
import org.twinport.shared.Reason;

/** The {@code lang} parameter of the network API: a language, perhaps with a region ({@code zh-CN}). */
final class LanguageTags {

	private LanguageTags() {
	}

	/** The tag as sent, once its language is an ISO 639-1 code and any second part 2–4 letters. */
	static String checked(String tag) {
		String[] parts = tag.split("[-_]", -1);
		boolean valid = parts.length <= 2 && LanguageCode.isValid(parts[0].toLowerCase(Locale.ROOT))
				&& (parts.length == 1 || parts[1].matches("[a-zA-Z]{2,4}"));
		if (!valid) {
			throw new InvalidInputException("lang", Reason.of("network.problem.languageTag", tag));
		}
		return tag;
	}

}

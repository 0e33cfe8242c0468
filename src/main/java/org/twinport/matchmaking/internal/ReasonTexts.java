package org.twinport.matchmaking.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinport.matchmaking.Reason;
import org.twinport.matchmaking.suggest.MatchScorer;

/**
 * Words a scoring part in the reader's language: offerings, languages and countries by
 * their names.
 */
@Component
class ReasonTexts {

	private final MessageSource messages;

	ReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	Reason reason(MatchScorer.Part part, @Nullable String lang) {
		Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang);
		List<String> args = part.args();
		Object[] shown = args.stream().map(arg -> shown(part.code(), arg, locale)).toArray();
		if (part.code().endsWith("PARTNER_CITY") && "en".equals(locale.getLanguage()) && shown.length > 1) {
			shown[1] = String.valueOf(shown[1]).toLowerCase(Locale.ROOT);
		}
		String text = messages.getMessage("matchmaking.reason." + part.code(), shown, part.code(), locale);
		return new Reason(part.code(), part.points(), args, text);
	}

	private String shown(String code, String arg, Locale locale) {
		return switch (code) {
			case "OFFERS_WHAT_YOU_SEEK", "SEEKS_WHAT_YOU_OFFER" ->
				messages.getMessage("matchmaking.offering." + arg, null, arg, locale);
			case "SHARED_LANGUAGE" -> Locale.of(arg).getDisplayLanguage(locale);
			case "IN_YOUR_MARKET", "TARGETS_YOUR_MARKET" -> Locale.of("", arg).getDisplayCountry(locale);
			default -> arg;
		};
	}

}

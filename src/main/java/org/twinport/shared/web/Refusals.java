package org.twinport.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;

/**
 * Words a refusal for its reader, a form's or an API client's: the domain refuses with a
 * {@link Reason} (a message code and its arguments), said here from the message bundles in
 * the reader's language. The one place that does so, for pages and the API alike.
 */
@Component
public class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	/** A reason in the reader's words; its code itself where no bundle has it. */
	public String say(Reason reason, Locale locale) {
		return messages.getMessage(reason.code(), reason.argArray(), reason.code(), locale);
	}

	/**
	 * A refusal ({@link InvalidInputException}, {@link StateConflictException},
	 * {@link NotFoundException}) in the reader's words, without the field it is about; any
	 * other failure as the general "something went wrong", never its own English.
	 */
	public String say(RuntimeException refusal, Locale locale) {
		Reason reason = reasonOf(refusal);
		return say(reason != null ? reason : Reason.of("error.other"), locale);
	}

	/** The code of a refusal, for API clients that act on it; null for any other failure. */
	public static @Nullable String codeOf(RuntimeException refusal) {
		Reason reason = reasonOf(refusal);
		return reason == null ? null : reason.code();
	}

	/** Why, for the three refusals; null for any other failure. */
	public static @Nullable Reason reasonOf(RuntimeException refusal) {
		return switch (refusal) {
			case InvalidInputException invalid -> invalid.reason();
			case StateConflictException conflict -> conflict.reason();
			case NotFoundException missing -> missing.reason();
			default -> null;
		};
	}

}

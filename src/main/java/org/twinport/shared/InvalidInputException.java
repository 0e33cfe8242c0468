package org.twinport.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that breaks a rule of the domain; answered with 400 naming the offending
 * field, the reason worded in the reader's language.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final @Nullable Reason reason;

	public InvalidInputException(String field, Reason reason) {
		super(reason.toString());
		this.field = field;
		this.reason = reason;
	}

	/**
	 * A refusal still said in English by the service.
	 * @deprecated say it as a {@link Reason}: English does not reach the other languages'
	 * forms
	 */
	@Deprecated
	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
		this.reason = null;
	}

	/** The same reason about another field (a form's name for what the service calls it). */
	public InvalidInputException about(String otherField) {
		return reason == null ? new InvalidInputException(otherField, getMessage())
				: new InvalidInputException(otherField, reason);
	}

	public String field() {
		return field;
	}

	/** Why, as a code; null only for a refusal still said in English. */
	public @Nullable Reason reason() {
		return reason;
	}

}

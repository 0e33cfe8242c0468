package org.twinport.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that breaks a rule of the domain; answered with 400 naming the offending
 * field, the reason worded in the reader's language.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final Reason reason;

	public InvalidInputException(String field, Reason reason) {
		super(reason.toString());
		this.field = field;
		this.reason = reason;
	}

	/** The same reason about another field (a form's name for what the service calls it). */
	public InvalidInputException about(String otherField) {
		return new InvalidInputException(otherField, reason);
	}

	public String field() {
		return field;
	}

	/** Why, as a message code and its arguments. */
	public Reason reason() {
		return reason;
	}

}

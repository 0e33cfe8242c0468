package org.twinport.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The requested thing does not exist, or is not visible to the caller; answered with 404,
 * the reason worded in the reader's language.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final Reason reason;

	public NotFoundException(Reason reason) {
		super(reason.toString());
		this.reason = reason;
	}

	/** Why, as a message code and its arguments. */
	public Reason reason() {
		return reason;
	}

}

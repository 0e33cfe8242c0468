package org.twinport.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The requested thing does not exist, or is not visible to the caller; answered with 404,
 * the reason worded in the reader's language.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final @Nullable Reason reason;

	public NotFoundException(Reason reason) {
		super(reason.toString());
		this.reason = reason;
	}

	/** @deprecated say it as a {@link Reason} */
	@Deprecated
	public NotFoundException(String message) {
		super(message);
		this.reason = null;
	}

	/** Why, as a code; null only for a refusal still said in English. */
	public @Nullable Reason reason() {
		return reason;
	}

}

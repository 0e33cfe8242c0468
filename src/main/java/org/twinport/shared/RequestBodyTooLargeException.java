package org.twinport.shared;

import java.io.IOException;

/**
 * Thrown while reading a request body that has grown past the configured limit; answered
 * with 413.
 */
public class RequestBodyTooLargeException extends IOException {

	private final long limit;

	public RequestBodyTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}

}

package org.twinport.shared;

import java.io.IOException;

/**
 * Thrown while reading a request body that arrives slower than the server accepts;
 * answered with 408 on a closed connection.
 */
public class RequestBodyTooSlowException extends IOException {

	public RequestBodyTooSlowException(long bytes, long millis) {
		super("Request body too slow: " + bytes + " bytes in " + millis + " ms");
	}

}

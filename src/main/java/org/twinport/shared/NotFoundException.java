package org.twinport.shared;

/** The requested thing does not exist, or is not visible to the caller; answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}

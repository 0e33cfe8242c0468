package org.twinport.shared;

/**
 * The request is well-formed but cannot be carried out in the current state; answered
 * with 409.
 */
public class StateConflictException extends RuntimeException {

	public StateConflictException(String message) {
		super(message);
	}

}

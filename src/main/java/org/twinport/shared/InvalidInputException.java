package org.twinport.shared;

/** A request that breaks a rule of the domain; answered with 400 naming the offending field. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}

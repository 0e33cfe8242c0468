package org.twinport.shared;

/**
 * The request is well-formed but cannot be carried out in the current state; answered
 * with 409.
 */
public class StateConflictException extends RuntimeException {

	private final java.util.Map<String, String> fields;

	public StateConflictException(String message) {
		this(message, java.util.Map.of());
	}

	/**
	 * @param fields what in the request the conflict is about, each with why (answered
	 * in the problem's {@code errors}), in order
	 */
	public StateConflictException(String message, java.util.Map<String, String> fields) {
		super(message);
		this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	public java.util.Map<String, String> fields() {
		return fields;
	}

}

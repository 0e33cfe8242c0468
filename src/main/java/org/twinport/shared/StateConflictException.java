package org.twinport.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request is well-formed but cannot be carried out in the current state; answered
 * with 409, the reason worded in the reader's language.
 */
public class StateConflictException extends RuntimeException {

	private final Reason reason;

	private final Map<String, Reason> reasons;

	public StateConflictException(Reason reason) {
		this(reason, Map.of());
	}

	/**
	 * @param fields what in the request the conflict is about, each with why (answered in
	 * the problem's {@code errors}), in order
	 */
	public StateConflictException(Reason reason, Map<String, Reason> fields) {
		super(reason.toString());
		this.reason = reason;
		this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** Why, as a message code and its arguments. */
	public Reason reason() {
		return reason;
	}

	/** What in the request the conflict is about, each with why as a code. */
	public Map<String, Reason> fieldReasons() {
		return reasons;
	}

}

package org.twinport.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The request is well-formed but cannot be carried out in the current state; answered
 * with 409, the reason worded in the reader's language.
 */
public class StateConflictException extends RuntimeException {

	private final @Nullable Reason reason;

	private final Map<String, Reason> reasons;

	private final Map<String, String> fields;

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
		Map<String, String> said = new LinkedHashMap<>();
		fields.forEach((field, why) -> said.put(field, why.toString()));
		this.fields = Collections.unmodifiableMap(said);
	}

	/** @deprecated say it as a {@link Reason} */
	@Deprecated
	public StateConflictException(String message) {
		this(message, Map.<String, String>of());
	}

	/** @deprecated say it as a {@link Reason} */
	@Deprecated
	public StateConflictException(String message, Map<String, String> fields) {
		super(message);
		this.reason = null;
		this.reasons = Map.of();
		this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** Why, as a code; null only for a conflict still said in English. */
	public @Nullable Reason reason() {
		return reason;
	}

	/** What in the request the conflict is about, each with why as a code. */
	public Map<String, Reason> fieldReasons() {
		return reasons;
	}

	/** What in the request the conflict is about, for a conflict still said in English. */
	public Map<String, String> fields() {
		return fields;
	}

}

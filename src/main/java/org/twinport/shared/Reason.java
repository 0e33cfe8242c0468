package org.twinport.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why the domain refused or decided something, as a message code and the arguments its
 * message uses, in order. The domain never words a reason itself: the edge does, in the
 * reader's language, from the module's message bundle ({@code messages/<module>.properties}),
 * through {@link org.twinport.shared.web.Refusals}.
 */
public record Reason(String code, List<Object> args) {

	public Reason {
		Objects.requireNonNull(code, "code");
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

	public static Reason of(String code, Object... args) {
		return new Reason(code, Arrays.asList(args));
	}

	public Object[] argArray() {
		return args.toArray();
	}

	/** The code and its arguments, for logs; never shown to a person. */
	@Override
	public String toString() {
		return args.isEmpty() ? code : code + args;
	}

}

package org.twinport.web;

import java.util.Arrays;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.twinport.shared.Reason;

/**
 * Why a JSON body or a request parameter could not be read, as a {@link Reason} of the
 * {@code web.problem.*} codes. The type a field expects is itself an argument the message
 * source words ({@code web.type.*}), so "expected a whole number" reads in the caller's
 * language too.
 */
final class JsonReadingProblems {

	/** What to answer: the field (or "body") and why; {@code detail} only for the whole body. */
	record Problem(String field, Reason reason, @Nullable Reason detail) {
	}

	private JsonReadingProblems() {
	}

	/** The problem of a JSON body Jackson refused, or null when this is none it knows. */
	static @Nullable Problem of(JacksonException json) {
		String field = fieldOf(json);
		if (json instanceof InvalidFormatException invalid && field != null) {
			return new Problem(field, invalidValue(invalid), null);
		}
		if (json instanceof InvalidNullException && field != null) {
			return new Problem(field, Reason.of("web.problem.notNull"), null);
		}
		if (json instanceof MismatchedInputException mismatched && field != null) {
			MessageSourceResolvable expected = mismatched.getTargetType() == null ? type("another")
					: typeName(mismatched.getTargetType());
			return new Problem(field, Reason.of("web.problem.wrongType", expected), null);
		}
		if (json instanceof InputCoercionException coercion && field != null) {
			return new Problem(field, coercion.getTargetType() == null ? Reason.of("web.problem.outOfRange")
					: Reason.of("web.problem.outOfRangeFor", typeName(coercion.getTargetType())), null);
		}
		if (json instanceof StreamReadException read) {
			var location = read.getLocation();
			if (location == null) {
				return new Problem("body", Reason.of("web.problem.malformedJson"), Reason.of("web.problem.bodyNotJson"));
			}
			String line = String.valueOf(location.getLineNr());
			String column = String.valueOf(location.getColumnNr());
			return new Problem("body", Reason.of("web.problem.malformedJsonAt", line, column),
					Reason.of("web.problem.bodyNotJsonAt", line, column));
		}
		if (field != null) {
			return new Problem(field, Reason.of("web.problem.unreadable", json.getOriginalMessage()), null);
		}
		return null;
	}

	/** A query or path parameter that is not of its type. */
	static Reason notAValue(@Nullable Object value, @Nullable Class<?> type) {
		String said = String.valueOf(value);
		if (type == null) {
			return Reason.of("web.problem.notAValue", said);
		}
		return type.isEnum() ? Reason.of("web.problem.notAValueAllowed", said, enumValues(type))
				: Reason.of("web.problem.notAValueExpected", said, typeName(type));
	}

	private static Reason invalidValue(InvalidFormatException invalid) {
		Class<?> target = invalid.getTargetType();
		String value = String.valueOf(invalid.getValue());
		if (target != null && target.isEnum()) {
			return Reason.of("web.problem.unknownValue", value, enumValues(target));
		}
		return target == null ? Reason.of("web.problem.invalidValue", value)
				: Reason.of("web.problem.invalidValueExpected", value, typeName(target));
	}

	private static String enumValues(Class<?> type) {
		return String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
	}

	private static MessageSourceResolvable typeName(Class<?> type) {
		if (type == Integer.class || type == Long.class || type == Short.class || type == int.class
				|| type == long.class || type == short.class) {
			return type("wholeNumber");
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return type("number");
		}
		if (type == Boolean.class || type == boolean.class) {
			return type("boolean");
		}
		if (type == String.class) {
			return type("string");
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return type("array");
		}
		if (type.getName().startsWith("java.time.")) {
			return new DefaultMessageSourceResolvable(new String[] { "web.type.time" },
					new Object[] { type.getSimpleName() });
		}
		return type("object");
	}

	private static MessageSourceResolvable type(String name) {
		return new DefaultMessageSourceResolvable("web.type." + name);
	}

	/** The path of the field in the body, "items[2].quantity", or null for the body itself. */
	static @Nullable String fieldOf(JacksonException json) {
		if (json.getPath().isEmpty()) {
			return null;
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : json.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** The first throwable of the type in the chain of causes, or null. */
	static @Nullable Throwable findCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return current;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

}

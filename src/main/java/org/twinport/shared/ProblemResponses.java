package org.twinport.shared;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes RFC 9457 problem documents straight to a servlet response, for the places that
 * answer before Spring MVC does (servlet filters, security entry points).
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
			throws IOException {
		write(response, status, detail, instance, null, null, null);
	}

	/**
	 * A problem with the {@code code} of its reason, naming the one field or parameter it
	 * refuses in {@code errors} when {@code field} is given.
	 */
	public static void write(HttpServletResponse response, HttpStatus status, String detail,
			@Nullable String instance, @Nullable String code, @Nullable String field, @Nullable String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// Not flushed: until the container sends it, a caller may still add headers (such as
		// Connection: close for a request whose body was not read).
		response.getWriter().write(body(status, detail, instance, code, field, message));
	}

	/** The problem document as JSON text. */
	public static String body(HttpStatus status, String detail, @Nullable String instance, @Nullable String code,
			@Nullable String field, @Nullable String message) {
		StringBuilder body = new StringBuilder("{\"type\":\"about:blank\",\"title\":")
			.append(quote(status.getReasonPhrase()))
			.append(",\"status\":")
			.append(status.value())
			.append(",\"detail\":")
			.append(quote(detail));
		String path = pathOf(instance);
		if (path != null) {
			body.append(",\"instance\":").append(quote(path));
		}
		if (code != null) {
			body.append(",\"code\":").append(quote(code));
		}
		if (field != null) {
			body.append(",\"errors\":[{\"field\":")
				.append(quote(field))
				.append(",\"message\":")
				.append(quote(String.valueOf(message)));
			if (code != null) {
				body.append(",\"code\":").append(quote(code));
			}
			body.append("}]");
		}
		return body.append('}').toString();
	}

	/** The path of a request URI, or null when the client sent something that is none. */
	private static @Nullable String pathOf(@Nullable String instance) {
		if (instance == null) {
			return null;
		}
		try {
			return URI.create(instance).getRawPath();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}

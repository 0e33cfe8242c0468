package org.twinport.platform.internal;

import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.twinport.shared.ProblemResponses;

/**
 * What Tomcat answers for the requests it refuses before Twinport sees them (a malformed
 * address, headers too large, a header with control characters): problem+json under
 * {@code /api/} and for clients that do not ask for HTML, otherwise a page in the site's
 * style. Never Tomcat's own page, never a stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String uri = safeUri(request);
		boolean page = uri != null && !uri.startsWith("/api/") && !uri.startsWith("/actuator")
				&& accepts(request, "text/html");
		try {
			response.setContentType(page ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(page ? StaticErrorPage.html(status) : ProblemResponses.body(status, detail(status), uri, null, null, null));
			}
		}
		catch (Exception ex) {
			// The client gets the status line alone.
		}
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed: its address, headers or body could not be read.";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request's headers are too large.";
			case URI_TOO_LONG -> "The request's address is too long.";
			case CONTENT_TOO_LARGE -> "The request body is too large.";
			case REQUEST_TIMEOUT -> "The request took too long to arrive.";
			default -> status.is4xxClientError() ? status.getReasonPhrase() + "."
					: "Something went wrong on our side.";
		};
	}

	private static boolean accepts(Request request, String type) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains(type);
	}

	/** The request's path when the client sent a readable one. */
	private static String safeUri(Request request) {
		try {
			String uri = request.getRequestURI();
			return uri == null || uri.isEmpty() || uri.chars().anyMatch(c -> c < 0x20 || c > 0x7e) ? null : uri;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}

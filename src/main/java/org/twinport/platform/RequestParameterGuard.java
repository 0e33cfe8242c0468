package org.twinport.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.twinport.platform.internal.StaticErrorPage;
import org.twinport.shared.PlainText;
import org.twinport.shared.Reason;
import org.twinport.shared.web.RefusalResponses;

/**
 * Reads every request's parameters once, before anything else does, and refuses the
 * request when they are not text: a query string that is not UTF-8 once decoded, a value
 * with control characters, a form the container cannot parse (too large, too many
 * parameters). The API answers 400 (413 for a form too large) as problem+json naming the
 * parameter; pages get the site's error page saying which parameter. Nothing is logged
 * above WARN: these are the client's mistakes, not the server's.
 * <p>
 * Reading the parameters here also means that the container has parsed them before the
 * error page runs, so the error page itself does not fail on them again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestParameterGuard extends OncePerRequestFilter {

	/** Request attribute holding the {@link Refusal} for the error page. */
	public static final String REFUSAL = RequestParameterGuard.class.getName() + ".refusal";

	private static final Logger log = LoggerFactory.getLogger(RequestParameterGuard.class);

	private final RefusalResponses refusals;

	RequestParameterGuard(RefusalResponses refusals) {
		this.refusals = refusals;
	}

	/**
	 * Why a request was refused, as a message code with its argument for pages.
	 * @param code {@code error.parameter.encoding} or {@code error.parameter.control}
	 */
	public record Refusal(String code, String parameter) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean multipart = isMultipart(request);
		Map<String, String[]> parameters = Map.of();
		InvalidParameterException unreadable = null;
		if (!multipart) {
			// Parsed once here even when they are refused below: the container then does not
			// fail on them again while the error page is rendered.
			try {
				parameters = request.getParameterMap();
			}
			catch (InvalidParameterException ex) {
				unreadable = ex;
			}
		}
		String query = request.getQueryString();
		String undecodable = query == null ? null : firstUndecodableParameter(query);
		if (undecodable != null) {
			refuse(request, response, HttpStatus.BAD_REQUEST, new Refusal("error.parameter.encoding", undecodable),
					Reason.of("platform.problem.parameterEncoding"), !multipart);
			return;
		}
		if (unreadable != null) {
			HttpStatus status = unreadable.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
					? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
			response.setHeader("Connection", "close");
			Reason reason = Reason.of(status == HttpStatus.CONTENT_TOO_LARGE ? "platform.problem.formTooLarge"
					: "platform.problem.formUnreadable");
			log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
			// The container keeps failing on these parameters, so the site's error page (which
			// reads them) cannot be rendered: a static one instead.
			if (acceptsHtml(request) && !request.getRequestURI().startsWith("/api/")) {
				response.setStatus(status.value());
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter().write(StaticErrorPage.html(status));
				return;
			}
			refusals.write(request, response, status, "body", reason);
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (PlainText.firstForbidden(name) >= 0) {
				refuse(request, response, HttpStatus.BAD_REQUEST, new Refusal("error.parameter.control", "?"),
						Reason.of("platform.problem.parameterNameControl"), true);
				return;
			}
			for (String value : parameter.getValue()) {
				int at = value == null ? -1 : PlainText.firstForbidden(value);
				if (at >= 0) {
					refuse(request, response, HttpStatus.BAD_REQUEST, new Refusal("error.parameter.control", name),
							PlainText.reason(value, at), true);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * @param pageAllowed whether the site's error page may be rendered: not when the
	 * container has not parsed the parameters, since rendering would read them
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			Refusal refusal, Reason reason, boolean pageAllowed) throws IOException {
		String uri = request.getRequestURI();
		log.warn("Refused {} {}: parameter '{}' {}", request.getMethod(), uri, refusal.parameter(), reason);
		if (!pageAllowed || uri.startsWith("/api/") || uri.startsWith("/actuator/") || !acceptsHtml(request)) {
			refusals.write(request, response, status, refusal.parameter(), reason);
			return;
		}
		request.setAttribute(REFUSAL, refusal);
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, reason.code());
		response.sendError(status.value());
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * The name of the first parameter whose name or value is not UTF-8 once
	 * percent-decoded, as the client wrote it when the name itself is the problem; null
	 * when all are text.
	 */
	static @Nullable String firstUndecodableParameter(String query) {
		int start = 0;
		while (start <= query.length()) {
			int end = query.indexOf('&', start);
			if (end < 0) {
				end = query.length();
			}
			String pair = query.substring(start, end);
			int equals = pair.indexOf('=');
			String rawName = equals < 0 ? pair : pair.substring(0, equals);
			String name = decode(rawName);
			if (name == null) {
				return rawName.length() > 100 ? rawName.substring(0, 100) + "…" : rawName;
			}
			if (equals >= 0 && decode(pair.substring(equals + 1)) == null) {
				return name.length() > 100 ? name.substring(0, 100) + "…" : name;
			}
			start = end + 1;
		}
		return null;
	}

	/** Percent-decodes form-style ({@code +} is a space); null when not UTF-8. */
	private static @Nullable String decode(String raw) {
		if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
			return raw;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return null;
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}

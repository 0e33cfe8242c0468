package org.twinport.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.twinport.shared.Reason;
import org.twinport.shared.web.RefusalResponses;

/** 401 and 403 for the API, as problem+json in the caller's language. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** The code {@link BearerTokenFilter} refuses a token with that no account has. */
	static final String UNKNOWN_TOKEN = "identity.problem.unknownToken";

	private final RefusalResponses refusals;

	ProblemSecurityHandlers(RefusalResponses refusals) {
		this.refusals = refusals;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"twinport\"");
		boolean unknownToken = authException instanceof BadCredentialsException
				&& UNKNOWN_TOKEN.equals(authException.getMessage());
		refusals.write(request, response, HttpStatus.UNAUTHORIZED,
				Reason.of(unknownToken ? UNKNOWN_TOKEN : "identity.problem.signInFirst"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		refusals.write(request, response, HttpStatus.FORBIDDEN, Reason.of("identity.problem.roleForbids"));
	}

}

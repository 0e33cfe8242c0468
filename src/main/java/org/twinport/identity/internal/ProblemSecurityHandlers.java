package org.twinport.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.twinport.shared.ProblemResponses;

/** 401 and 403 for the API, as problem+json. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"twinport\"");
		String detail = authException instanceof org.springframework.security.authentication.BadCredentialsException
				&& request.getHeader(HttpHeaders.AUTHORIZATION) != null ? authException.getMessage()
						: "Sign in first: send 'Authorization: Bearer <token>'. Tokens come from POST /api/v1/auth/tokens.";
		ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, detail, request.getRequestURI());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this request.",
				request.getRequestURI());
	}

}

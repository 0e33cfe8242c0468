package org.twinport.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.twinport.platform.RequestParameterGuard;

/**
 * Errors that happen outside a controller (unknown paths, filters): problem+json for the
 * API, a readable page for people. Never a stack trace.
 */
@Controller
class TwinportErrorController implements ErrorController {

	private final MessageSource messages;

	TwinportErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		String accept = request.getHeader("Accept");
		if (isApi(request) || accept == null || !accept.contains("text/html")) {
			return problem(request);
		}
		HttpStatus status = status(request);
		response.setStatus(status.value());
		Map<String, Object> model = new HashMap<>();
		model.put("status", status.value());
		model.put("reason", messages.getMessage("error.reason." + status.value(), null, status.getReasonPhrase(),
				RequestContextUtils.getLocale(request)));
		model.put("clientError", status.is4xxClientError());
		if (request.getAttribute(RequestParameterGuard.REFUSAL) instanceof RequestParameterGuard.Refusal refusal) {
			model.put("refusal", refusal);
		}
		return new ModelAndView("error", model, status);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail body = ProblemDetail.forStatus(status);
		body.setDetail(status.is4xxClientError() ? detail(status) : "Something went wrong on our side.");
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			body.setInstance(java.net.URI.create(uri.toString().replace(" ", "%20")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
			default -> status.getReasonPhrase() + ".";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}

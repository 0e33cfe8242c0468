package org.twinport.web;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;
import org.twinport.shared.RequestBodyTooLargeException;
import org.twinport.shared.RequestBodyTooSlowException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.web.Refusals;

/**
 * Turns every failure of an API call into RFC 9457 problem+json that names the offending
 * field or parameter in {@code errors}. Unexpected failures get a reference number and
 * are logged; no stack trace reaches the client.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	record FieldProblem(String field, String message, @Nullable String code) {

		FieldProblem(String field, String message) {
			this(field, message, null);
		}

	}

	private final Refusals refusals;

	ApiProblemHandler(Refusals refusals) {
		this.refusals = refusals;
	}

	/** A refusal in the words of the caller's language (Accept-Language, else English). */
	private String say(RuntimeException refusal) {
		return refusals.say(refusal, LocaleContextHolder.getLocale());
	}

	private String say(Reason reason) {
		return refusals.say(reason, LocaleContextHolder.getLocale());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (findCause(ex, RequestBodyTooLargeException.class) instanceof RequestBodyTooLargeException tooLarge) {
			return tooLarge(tooLarge);
		}
		if (findCause(ex, RequestBodyTooSlowException.class) != null
				|| findCause(ex, SocketTimeoutException.class) != null) {
			return tooSlow();
		}
		if (findCause(ex, JacksonException.class) instanceof JacksonException json) {
			if (findCause(ex, InvalidInputException.class) instanceof InvalidInputException invalid) {
				String field = JsonReadingProblems.fieldOf(json);
				String named = field == null ? invalid.field() : field + invalid.field().replaceFirst("^price", "");
				return badRequest(named.isEmpty() ? "body" : named, say(invalid), Refusals.codeOf(invalid));
			}
			JsonReadingProblems.Problem problem = JsonReadingProblems.of(json);
			if (problem != null && problem.detail() != null) {
				return problem(HttpStatus.BAD_REQUEST, say(problem.detail()),
						List.of(new FieldProblem(problem.field(), say(problem.reason()), problem.reason().code())));
			}
			if (problem != null) {
				return badRequest(problem.field(), problem.reason());
			}
		}
		Reason unread = cause == ex || cause.getMessage() == null
				|| cause.getMessage().contains("Required request body") ? Reason.of("web.problem.bodyMissing")
						: Reason.of("web.problem.bodyNotJson");
		return problem(HttpStatus.BAD_REQUEST, say(unread),
				List.of(new FieldProblem("body", say(unread), unread.code())));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return problem(HttpStatus.BAD_REQUEST, summary(errors), errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldProblem(name, error.getDefaultMessage())));
		});
		return problem(HttpStatus.BAD_REQUEST, summary(errors), errors);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		if (findCause(ex, InvalidInputException.class) instanceof InvalidInputException invalid) {
			return badRequest(name, say(invalid), Refusals.codeOf(invalid));
		}
		return badRequest(name, JsonReadingProblems.notAValue(ex.getValue(), ex.getRequiredType()));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(ex.getParameterName(), Reason.of("problem.required"));
	}

	/** A streamed body (a bulk upload) that grew past its limit while being read. */
	@ExceptionHandler(RequestBodyTooLargeException.class)
	ResponseEntity<Object> tooLarge(RequestBodyTooLargeException ex) {
		Reason reason = Reason.of("platform.problem.bodyTooLarge", String.valueOf(ex.limit()));
		return coded(problem(HttpStatus.CONTENT_TOO_LARGE, say(reason), List.of()), reason.code());
	}

	@ExceptionHandler(RequestBodyTooSlowException.class)
	ResponseEntity<Object> tooSlow(RequestBodyTooSlowException ex) {
		return tooSlow();
	}

	private ResponseEntity<Object> tooSlow() {
		Reason reason = Reason.of("platform.problem.bodyTooSlow");
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT, say(reason));
		body.setProperty("code", reason.code());
		return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT).header(HttpHeaders.CONNECTION, "close").body(body);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex) {
		return badRequest(ex.field(), say(ex), Refusals.codeOf(ex));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return coded(problem(HttpStatus.NOT_FOUND, say(ex), List.of()), Refusals.codeOf(ex));
	}

	@ExceptionHandler(StateConflictException.class)
	ResponseEntity<Object> stateConflict(StateConflictException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> errors = ex.fieldReasons()
					.entrySet()
					.stream()
					.map(e -> new FieldProblem(e.getKey(), refusals.say(e.getValue(), locale), e.getValue().code()))
					.toList();
		return coded(problem(HttpStatus.CONFLICT, say(ex), errors), Refusals.codeOf(ex));
	}

	/** The problem's {@code code}: what a client may act on, where the refusal has one. */
	private static ResponseEntity<Object> coded(ResponseEntity<Object> problem, @Nullable String code) {
		if (code != null && problem.getBody() instanceof ProblemDetail body) {
			body.setProperty("code", code);
		}
		return problem;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> conflict(DataIntegrityViolationException ex) {
		log.info("Refused a write that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
		Reason reason = Reason.of("web.problem.dataConflict");
		return coded(problem(HttpStatus.CONFLICT, say(reason), List.of()), reason.code());
	}

	/**
	 * Security decisions are answered by the security filter chain (401 or 403), not
	 * here.
	 */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrow(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure, reference {}", reference, ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				say(Reason.of("web.problem.unexpected", reference)));
		body.setProperty("reference", reference);
		return ResponseEntity.internalServerError().body(body);
	}

	private ResponseEntity<Object> badRequest(String field, Reason reason) {
		return badRequest(field, say(reason), reason.code());
	}

	private ResponseEntity<Object> badRequest(String field, String message, @Nullable String code) {
		return coded(problem(HttpStatus.BAD_REQUEST, say(Reason.of("shared.problem.fieldDetail", field, message)),
				List.of(new FieldProblem(field, message, code))), code);
	}

	static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldProblem> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		if (!errors.isEmpty()) {
			body.setProperty("errors", errors.stream().map(ApiProblemHandler::entry).toList());
		}
		return ResponseEntity.status(status).body(body);
	}

	private static Map<String, String> entry(FieldProblem problem) {
		return problem.code() == null ? Map.of("field", problem.field(), "message", problem.message())
				: Map.of("field", problem.field(), "message", problem.message(), "code", problem.code());
	}

	private String summary(List<FieldProblem> errors) {
		if (errors.isEmpty()) {
			return say(Reason.of("web.problem.invalid"));
		}
		List<String> each = errors.stream().map(e -> say(Reason.of("web.problem.fieldSays", e.field(), e.message()))).toList();
		return say(Reason.of("web.problem.invalidFields", String.join("; ", each)));
	}

	private static @Nullable Throwable findCause(Throwable ex, Class<? extends Throwable> type) {
		return JsonReadingProblems.findCause(ex, type);
	}

}

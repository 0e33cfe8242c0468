package org.twinport.web;

import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

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

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (findCause(ex, RequestBodyTooLargeException.class) instanceof RequestBodyTooLargeException tooLarge) {
			return problem(HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than the limit of " + tooLarge.limit() + " bytes.", List.of());
		}
		if (findCause(ex, RequestBodyTooSlowException.class) != null
				|| findCause(ex, SocketTimeoutException.class) != null) {
			return tooSlow();
		}
		if (findCause(ex, JacksonException.class) instanceof JacksonException json) {
			String field = json.getPath().isEmpty() ? null : path(json);
			if (findCause(ex, InvalidInputException.class) instanceof InvalidInputException invalid) {
				String named = field == null ? invalid.field() : field + invalid.field().replaceFirst("^price", "");
				return badRequest(named.isEmpty() ? "body" : named, say(invalid), Refusals.codeOf(invalid));
			}
			if (json instanceof InvalidFormatException invalid && field != null) {
				return badRequest(field, describeInvalidValue(invalid));
			}
			if (json instanceof InvalidNullException && field != null) {
				return badRequest(field, "must not be null");
			}
			if (json instanceof MismatchedInputException mismatched && field != null) {
				String expected = mismatched.getTargetType() == null ? "another type"
						: typeName(mismatched.getTargetType());
				return badRequest(field, "has the wrong type: expected " + expected);
			}
			if (json instanceof InputCoercionException coercion && field != null) {
				return badRequest(field, "is out of range" + (coercion.getTargetType() == null ? ""
						: " for " + typeName(coercion.getTargetType())));
			}
			if (json instanceof StreamReadException read) {
				var location = read.getLocation();
				String where = location == null ? ""
						: " at line " + location.getLineNr() + ", column " + location.getColumnNr();
				return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON" + where + ".",
						List.of(new FieldProblem("body", "malformed JSON" + where)));
			}
			if (field != null) {
				return badRequest(field, "could not be read: " + json.getOriginalMessage());
			}
		}
		String message = cause == ex || cause.getMessage() == null
				|| cause.getMessage().contains("Required request body") ? "The request body is missing or unreadable."
						: "The request body is not valid JSON.";
		return problem(HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem("body", message)));
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
		Class<?> type = ex.getRequiredType();
		String message = "'" + ex.getValue() + "' is not a valid value" + (type == null ? ""
				: type.isEnum() ? "; allowed: " + enumValues(type) : "; expected " + typeName(type));
		return badRequest(name, message);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(ex.getParameterName(), "is required");
	}

	/** A streamed body (a bulk upload) that grew past its limit while being read. */
	@ExceptionHandler(RequestBodyTooLargeException.class)
	ResponseEntity<Object> tooLarge(RequestBodyTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + ex.limit() + " bytes.", List.of());
	}

	@ExceptionHandler(RequestBodyTooSlowException.class)
	ResponseEntity<Object> tooSlow(RequestBodyTooSlowException ex) {
		return tooSlow();
	}

	private static ResponseEntity<Object> tooSlow() {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT,
				"The request body arrived too slowly.");
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
		List<FieldProblem> errors = ex.reason() == null
				? ex.fields().entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList()
				: ex.fieldReasons()
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
		return problem(HttpStatus.CONFLICT, "The request conflicts with existing data.", List.of());
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
				"Something went wrong on our side. Quote reference " + reference + " when you report it.");
		body.setProperty("reference", reference);
		return ResponseEntity.internalServerError().body(body);
	}

	static ResponseEntity<Object> badRequest(String field, String message) {
		return badRequest(field, message, null);
	}

	static ResponseEntity<Object> badRequest(String field, String message, @Nullable String code) {
		return coded(problem(HttpStatus.BAD_REQUEST, field + ": " + message + ".",
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

	private static String summary(List<FieldProblem> errors) {
		return errors.isEmpty() ? "The request is invalid." : "Invalid request: "
				+ String.join("; ", errors.stream().map(e -> "'" + e.field() + "' " + e.message()).toList()) + ".";
	}

	private static String describeInvalidValue(InvalidFormatException invalid) {
		Class<?> target = invalid.getTargetType();
		String value = String.valueOf(invalid.getValue());
		if (target != null && target.isEnum()) {
			return "has an unknown value '" + value + "'; allowed: " + enumValues(target);
		}
		return "has an invalid value '" + value + "'" + (target == null ? "" : "; expected " + typeName(target));
	}

	private static String enumValues(Class<?> type) {
		return String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
	}

	private static String typeName(Class<?> type) {
		if (type == Integer.class || type == Long.class || type == Short.class || type == int.class
				|| type == long.class || type == short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a string";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		if (type.getName().startsWith("java.time.")) {
			return "an ISO-8601 " + type.getSimpleName();
		}
		return "an object";
	}

	private static String path(JacksonException json) {
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

	private static Throwable findCause(Throwable ex, Class<? extends Throwable> type) {
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

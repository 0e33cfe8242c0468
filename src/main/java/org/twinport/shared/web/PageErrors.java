package org.twinport.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

/**
 * The one page-error style: a missing thing is the 404 page, and a refusal no form shows
 * beside its fields (a refused GET, a bad upload, a change the state refuses) is the error
 * page with status 400 saying the refusal in the reader's language, never a 500. Each
 * module names its page controllers in a subclass annotated
 * {@code @ControllerAdvice(assignableTypes = …)}, named for its module because advice beans
 * share one namespace. Forms that show a refusal beside their fields catch it first.
 */
public abstract class PageErrors {

	private final Refusals refusals;

	private final MessageSource messages;

	protected PageErrors(Refusals refusals, MessageSource messages) {
		this.refusals = refusals;
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, Locale locale) {
		String said = refusals.say(ex, locale);
		return refused(ex.field().isEmpty() ? said : ex.field() + ": " + said, locale);
	}

	@ExceptionHandler(StateConflictException.class)
	ModelAndView conflict(StateConflictException ex, Locale locale) {
		return refused(refusals.say(ex, locale), locale);
	}

	private ModelAndView refused(String words, Locale locale) {
		return new ModelAndView("error",
				Map.of("status", 400, "clientError", true, "reason",
						messages.getMessage("error.reason.400", null, "Bad request", locale), "refusal",
						Map.of("code", "error.refused", "parameter", words)),
				HttpStatus.BAD_REQUEST);
	}

}

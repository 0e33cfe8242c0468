package org.twinport.pricing.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.web.Refusals;

/**
 * Named for its module: advice beans share one namespace across modules.
 *
 * The pricing pages answer a missing thing with 404 and a refused request with 400 (the
 * error page, saying the refusal in the reader's language), never a 500. Forms that show
 * their refusal beside the fields catch it themselves.
 */
@ControllerAdvice(assignableTypes = { LandedCostPages.class })
class PricingPageErrors {

	private final Refusals refusals;

	private final MessageSource messages;

	PricingPageErrors(Refusals refusals, MessageSource messages) {
		this.refusals = refusals;
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, Locale locale) {
		return refused(ex.field() + ": " + refusals.say(ex, locale), locale);
	}

	@ExceptionHandler(StateConflictException.class)
	ModelAndView conflict(StateConflictException ex, Locale locale) {
		return refused(refusals.say(ex, locale), locale);
	}

	/** The error page with the refusal as its detail ({@code pricing.page.refused}). */
	private ModelAndView refused(String words, Locale locale) {
		return new ModelAndView("error",
				Map.of("status", 400, "clientError", true, "reason",
						messages.getMessage("error.reason.400", null, "Bad request", locale), "refusal",
						Map.of("code", "pricing.page.refused", "parameter", words)),
				HttpStatus.BAD_REQUEST);
	}

}

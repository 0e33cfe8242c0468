package org.twinport.ordering.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.web.Refusals;

/**
 * Ordering pages answer a missing thing with 404, and a refused input (400) or a refused
 * change (409) with the refusal page in the reader's words, naming the field. A page that
 * shows a refusal beside its form handles it itself first.
 */
@ControllerAdvice(assignableTypes = { OrderPages.class, OrderDetailPages.class, ShippingPages.class })
class OrderingPageErrors {

	private final Refusals refusals;

	OrderingPageErrors(Refusals refusals) {
		this.refusals = refusals;
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler({ InvalidInputException.class, StateConflictException.class })
	String refused(RuntimeException ex, HttpServletResponse response, Locale locale, Model model) {
		response.setStatus(ex instanceof InvalidInputException ? 400 : 409);
		model.addAttribute("problem", problem(refusals, ex, locale));
		return "ordering/refused";
	}

	/** A refusal as a page says it: the field it is about, then why. */
	static String problem(Refusals refusals, RuntimeException ex, Locale locale) {
		String said = refusals.say(ex, locale);
		return ex instanceof InvalidInputException invalid ? invalid.field() + ": " + said : said;
	}

}

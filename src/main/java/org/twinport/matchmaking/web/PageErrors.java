package org.twinport.matchmaking.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

/**
 * Matchmaking pages answer a missing thing with 404 and a refused GET with 400 (the error
 * page), never a 500.
 */
@ControllerAdvice(assignableTypes = { ProfilePages.class, RfqPages.class, SessionPages.class, RfqFilePages.class,
		OfficePages.class })
class PageErrors {

	private final FormAttempts forms;

	PageErrors(FormAttempts forms) {
		this.forms = forms;
	}

	/** A form refused before the redirect is worded now, in the language the page is read in. */
	@ModelAttribute
	void refusal(Model model, Locale locale) {
		forms.say(model, locale);
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler({ InvalidInputException.class, StateConflictException.class })
	void invalid(HttpServletResponse response) throws IOException {
		response.sendError(400);
	}

	@ExceptionHandler(AccessDeniedException.class)
	void denied(HttpServletResponse response) throws IOException {
		response.sendError(403);
	}

}

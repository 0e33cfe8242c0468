package org.twinport.matchmaking.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

/**
 * Matchmaking pages answer a missing thing with 404 and a refused GET with 400 (the error
 * page), never a 500.
 */
@ControllerAdvice(assignableTypes = { ProfilePages.class, SessionPages.class, RfqFilePages.class, OfficePages.class })
class PageErrors {

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

	/**
	 * Runs a form action; a refused input comes back to the form as a message naming the
	 * field.
	 */
	static String attempt(String redirect, RedirectAttributes flash, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInputException ex) {
			flash.addFlashAttribute("errorField", ex.field());
			flash.addFlashAttribute("errorMessage", ex.getMessage());
		}
		catch (StateConflictException ex) {
			flash.addFlashAttribute("errorField", "");
			flash.addFlashAttribute("errorMessage", ex.getMessage());
		}
		return "redirect:" + redirect;
	}

}

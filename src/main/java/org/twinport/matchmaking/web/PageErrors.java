package org.twinport.matchmaking.web;

import java.io.IOException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
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
			refused(flash, ex.field(), ex.getMessage());
		}
		catch (StateConflictException ex) {
			refused(flash, "", ex.getMessage());
		}
		return "redirect:" + redirect;
	}

	/**
	 * As {@link #attempt(String, RedirectAttributes, Runnable)}, and a refused form comes
	 * back as it was typed, under {@code formName}.
	 */
	static String attempt(String redirect, RedirectAttributes flash, HttpServletRequest request, String formName,
			Runnable action) {
		String next = attempt(redirect, flash, action);
		if (refused(flash)) {
			flash.addFlashAttribute(formName, TypedForm.of(request));
		}
		return next;
	}

	static boolean refused(RedirectAttributes flash) {
		return flash.getFlashAttributes().containsKey("errorMessage");
	}

	private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

	/**
	 * The refusal as the page says it: in the reader's words when the bundle has a message
	 * {@code mm.invalid.<field>} (rows left out of the key, {@code days[1].end} is
	 * {@code mm.invalid.days.end} about day 2), else the service's own words.
	 */
	private static void refused(RedirectAttributes flash, String field, String message) {
		flash.addFlashAttribute("errorField", field);
		flash.addFlashAttribute("errorMessage", message);
		Matcher row = ROW.matcher(field);
		flash.addFlashAttribute("errorRow", row.find() ? Integer.parseInt(row.group(1)) + 1 : 0);
		flash.addFlashAttribute("errorKey", "mm.invalid." + ROW.matcher(field).replaceAll(""));
	}

}

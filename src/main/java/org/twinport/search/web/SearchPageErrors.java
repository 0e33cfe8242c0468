package org.twinport.search.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

/**
 * The marketplace page answers a missing thing with 404 and a refused search it cannot
 * recover from with 400, the error page (a bad filter is dropped by the page itself).
 */
@ControllerAdvice(assignableTypes = MarketplacePages.class)
class SearchPageErrors {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler({ InvalidInputException.class, StateConflictException.class })
	void refused(HttpServletResponse response) throws IOException {
		response.sendError(400);
	}

}

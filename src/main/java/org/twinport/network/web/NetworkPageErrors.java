package org.twinport.network.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

/**
 * Network pages answer a missing thing with 404 and a refused request with 400 (the error
 * page), never a 500. A refused form comes back to its form instead (the forms catch their
 * refusals); a denied one is the security chain's to answer (403, or sign-in first).
 */
@ControllerAdvice(assignableTypes = { NetworkPages.class, PartnershipForms.class, OrganizationForms.class,
		ContactForms.class })
class NetworkPageErrors {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler({ InvalidInputException.class, StateConflictException.class })
	void refused(HttpServletResponse response) throws IOException {
		response.sendError(400);
	}

}

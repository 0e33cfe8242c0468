package org.twinport.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.twinport.shared.ProblemResponses;
import org.twinport.shared.Reason;

/**
 * Problem documents for the places that answer before Spring MVC does (servlet filters,
 * security entry points), worded by {@link Refusals} in the reader's language: the site's
 * {@link LocaleResolver} (the language cookie, else Accept-Language), as the API itself
 * reads it.
 */
@Component
public class RefusalResponses {

	private final Refusals refusals;

	private final ObjectProvider<LocaleResolver> locales;

	RefusalResponses(Refusals refusals, ObjectProvider<LocaleResolver> locales) {
		this.refusals = refusals;
		this.locales = locales;
	}

	/** A refusal of the whole request, its reason as the detail and the code. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Reason reason)
			throws IOException {
		ProblemResponses.write(response, status, refusals.say(reason, localeOf(request)), request.getRequestURI(),
				reason.code(), null, null);
	}

	/** A refusal that names the one field or parameter it is about. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
			Reason reason) throws IOException {
		Locale locale = localeOf(request);
		String message = refusals.say(reason, locale);
		String detail = refusals.say(Reason.of("shared.problem.fieldDetail", field, message), locale);
		ProblemResponses.write(response, status, detail, request.getRequestURI(), reason.code(), field, message);
	}

	private Locale localeOf(HttpServletRequest request) {
		@Nullable LocaleResolver resolver = locales.getIfAvailable();
		return resolver == null ? Locale.ENGLISH : resolver.resolveLocale(request);
	}

}

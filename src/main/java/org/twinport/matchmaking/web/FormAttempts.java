package org.twinport.matchmaking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.web.Refusals;

/**
 * Runs a matchmaking form's action. A refusal comes back to the form after the redirect
 * ({@code errorField}, and {@code errorRow} 1-based, 0 when the field is no row of a list),
 * and {@link PageErrors} has it said by {@link Refusals} in the language the page is read
 * in, led by the name of the field ({@code mm.field.<field>}, rows left out of the key:
 * {@code days[1].end} is {@code mm.field.days.end} about day 2).
 */
@Component
class FormAttempts {

	private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

	private final Refusals refusals;

	private final MessageSource messages;

	FormAttempts(Refusals refusals, MessageSource messages) {
		this.refusals = refusals;
		this.messages = messages;
	}

	/** Runs the action, then redirects; a refused action leaves its refusal for the page. */
	String attempt(String redirect, RedirectAttributes flash, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInputException ex) {
			refused(flash, ex.field(), ex);
		}
		catch (StateConflictException ex) {
			refused(flash, "", ex);
		}
		return "redirect:" + redirect;
	}

	/**
	 * As {@link #attempt(String, RedirectAttributes, Runnable)}, and a refused form comes
	 * back as it was typed, under {@code formName}.
	 */
	String attempt(String redirect, RedirectAttributes flash, HttpServletRequest request, String formName,
			Runnable action) {
		String next = attempt(redirect, flash, action);
		if (refused(flash)) {
			flash.addFlashAttribute(formName, TypedForm.of(request));
		}
		return next;
	}

	static boolean refused(RedirectAttributes flash) {
		return flash.getFlashAttributes().containsKey("errorField");
	}

	/**
	 * Keeps the refusal for the page after the redirect as plain strings (the flash map lives
	 * in the session table): the reason's code and arguments, worded only when the page is
	 * drawn, in the language it is read in. A refusal with no code is kept as it was said.
	 */
	private void refused(RedirectAttributes flash, String field, RuntimeException refusal) {
		Matcher row = ROW.matcher(field);
		flash.addFlashAttribute("errorField", field);
		flash.addFlashAttribute("errorRow", row.find() ? Integer.parseInt(row.group(1)) + 1 : 0);
		Reason reason = Refusals.reasonOf(refusal);
		if (reason == null) {
			flash.addFlashAttribute("errorSaid", refusals.say(refusal, LocaleContextHolder.getLocale()));
		}
		else {
			flash.addFlashAttribute("errorCode", reason.code());
			flash.addFlashAttribute("errorArgs",
					new ArrayList<>(reason.args().stream().map(String::valueOf).toList()));
		}
	}

	/**
	 * Words a refusal kept by {@link #attempt} as the page's {@code errorMessage}, led by the
	 * name of the field it is about.
	 */
	void say(Model model, Locale locale) {
		Map<String, Object> kept = model.asMap();
		if (!(kept.get("errorField") instanceof String field)) {
			return;
		}
		String said = kept.get("errorCode") instanceof String code
				? refusals.say(Reason.of(code, ((List<?>) kept.getOrDefault("errorArgs", List.of())).toArray()), locale)
				: String.valueOf(kept.get("errorSaid"));
		if (!field.isEmpty()) {
			String label = messages.getMessage("mm.field." + ROW.matcher(field).replaceAll(""),
					new Object[] { kept.get("errorRow") }, field, locale);
			said = messages.getMessage("mm.refusedField", new Object[] { label, said }, locale);
		}
		model.addAttribute("errorMessage", said);
	}


}

package org.twinport.matchmaking.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.Companies;
import org.twinport.matchmaking.Meetings;
import org.twinport.matchmaking.Window;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/** A session's page (participants, joining, requests) and a participant's agenda. */
@Controller
class SessionPages {

	private final Meetings meetings;

	private final Companies companies;

	private final FormAttempts forms;

	SessionPages(Meetings meetings, Companies companies, FormAttempts forms) {
		this.forms = forms;
		this.meetings = meetings;
		this.companies = companies;
	}

	@GetMapping("/matchmaking/sessions/{id}")
	String session(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		var session = meetings.session(id, locale.getLanguage());
		model.addAttribute("mmSession", session);
		model.addAttribute("bounds", SessionDays.bounds(session));
		if (!model.containsAttribute("joinForm")) {
			model.addAttribute("joinForm", TypedForm.empty());
		}
		var participants = meetings.participants(id);
		model.addAttribute("participants", participants);
		model.addAttribute("requests", meetings.requests(user, id));
		boolean company = user.is(Role.MERCHANT) || user.is(Role.BUYER);
		model.addAttribute("company", company);
		// Only the requested company answers a request: the requester sees it waiting.
		Long mine = company ? myCompanyId(user, locale) : null;
		model.addAttribute("myCompanyId", mine);
		// An agenda exists only for a company that joined: no link to a page that would answer 404.
		model.addAttribute("joined", mine != null && participants.stream().anyMatch(p -> p.companyId() == mine));
		return "matchmaking/session";
	}

	private Long myCompanyId(TwinportUser user, Locale locale) {
		try {
			return companies.mine(user, locale.getLanguage()).id();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/sessions/{id}/join")
	String join(@PathVariable long id, @RequestParam(defaultValue = "") String availability,
			@RequestParam(required = false) List<String> availFrom, @RequestParam(required = false) List<String> availTo,
			@AuthenticationPrincipal TwinportUser user, HttpServletRequest request, RedirectAttributes flash) {
		return forms.attempt("/matchmaking/sessions/" + id, flash, request, "joinForm",
				() -> meetings.join(user, id, null,
						availFrom != null ? windows(availFrom, availTo) : windows(availability)));
	}

	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/sessions/{id}/requests")
	String request(@PathVariable long id, @RequestParam long toCompanyId,
			@RequestParam(defaultValue = "") String message, @AuthenticationPrincipal TwinportUser user,
			RedirectAttributes flash) {
		return forms.attempt("/matchmaking/sessions/" + id, flash,
				() -> meetings.request(user, id, null, toCompanyId, message.isBlank() ? null : message));
	}

	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/requests/{id}/answer")
	String answer(@PathVariable long id, @RequestParam long session, @RequestParam boolean accept,
			@AuthenticationPrincipal TwinportUser user, RedirectAttributes flash) {
		return forms.attempt("/matchmaking/sessions/" + session, flash, () -> meetings.answer(user, id, accept));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@GetMapping("/matchmaking/sessions/{id}/agenda")
	String agenda(@PathVariable long id, @RequestParam(required = false) Long company,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		if (company == null && user.is(Role.ADMIN)) {
			// The office acts for no company: it reads every agenda at once on the master grid.
			return "redirect:/matchmaking/office/sessions/" + id + "/grid";
		}
		model.addAttribute("agenda", meetings.agenda(user, id, company, locale.getLanguage()));
		return "matchmaking/agenda";
	}

	/**
	 * The agenda as an iCalendar file for the signed-in page (the API's twin needs a
	 * bearer token, which a browser does not send).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@GetMapping("/matchmaking/sessions/{id}/agenda.ics")
	org.springframework.http.ResponseEntity<String> ics(@PathVariable long id,
			@RequestParam(required = false) Long company, @AuthenticationPrincipal TwinportUser user, Locale locale) {
		var agenda = meetings.agenda(user, id, company, locale.getLanguage());
		return org.springframework.http.ResponseEntity.ok()
			.contentType(SessionsApi.CALENDAR)
			.header("Content-Disposition", "attachment; filename=\"agenda-" + id + ".ics\"")
			.body(AgendaCalendar.write(agenda));
	}

	/**
	 * The windows picked row by row, each a start and an end as date-time pickers send
	 * them ({@code 2026-10-20T09:00}), local to the session's zone; empty rows are left
	 * out.
	 */
	static List<Window> windows(List<String> froms, List<String> tos) {
		List<Window> out = new ArrayList<>();
		for (int i = 0; i < froms.size(); i++) {
			String from = froms.get(i) == null ? "" : froms.get(i).strip();
			String to = tos == null || i >= tos.size() || tos.get(i) == null ? "" : tos.get(i).strip();
			if (from.isEmpty() && to.isEmpty()) {
				continue;
			}
			out.add(new Window(dateTime(from, "availability[" + i + "].from"),
					dateTime(to, "availability[" + i + "].to")));
		}
		return out;
	}

	private static LocalDateTime dateTime(String text, String field) {
		try {
			return LocalDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.dateTime"));
		}
	}

	/** One window per line as {@code from/to}, local date-times in the session's zone. */
	static List<Window> windows(String text) {
		List<Window> out = new ArrayList<>();
		String[] lines = text.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("/");
			if (parts.length != 2) {
				throw new InvalidInputException("availability[" + i + "]", Reason.of("matchmaking.problem.window"));
			}
			try {
				out.add(new Window(LocalDateTime.parse(parts[0].strip()), LocalDateTime.parse(parts[1].strip())));
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("availability[" + i + "]", Reason.of("matchmaking.problem.window"));
			}
		}
		return out;
	}

}

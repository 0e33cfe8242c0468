package org.twinport.matchmaking.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.twinport.exchange.ExchangeManagement;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.Meetings;
import org.twinport.matchmaking.PlacedMeeting;
import org.twinport.matchmaking.RequestMode;
import org.twinport.matchmaking.SessionDraft;
import org.twinport.matchmaking.SessionOffice;
import org.twinport.matchmaking.SessionView;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.TimeZoneNames;
import org.twinport.shared.Reason;

/**
 * The offices' pages: sessions they manage (create, change settings, participants and
 * availability, scheduler runs with their report, metrics) and blocked pairs. Companies
 * are chosen by name, zones from a list, days and windows with date and time pickers;
 * a refused form comes back as it was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
class OfficePages {

	private static final String HOME = "/matchmaking/office";

	private final SessionOffice office;

	private final Meetings meetings;

	private final ExchangeManagement exchanges;

	private final CompanyChoices companies;

	private final TimeZoneNames zones;

	private final FormAttempts forms;

	OfficePages(SessionOffice office, Meetings meetings, ExchangeManagement exchanges, CompanyChoices companies,
			TimeZoneNames zones, FormAttempts forms) {
		this.forms = forms;
		this.office = office;
		this.meetings = meetings;
		this.exchanges = exchanges;
		this.companies = companies;
		this.zones = zones;
	}

	/** An exchange a session can be created for, with the zone the session's zone defaults to. */
	record ExchangeChoice(long id, String label, String timeZone) {
	}

	@GetMapping(HOME)
	String home(@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		model.addAttribute("sessions", office.managed(user, locale.getLanguage()));
		List<ExchangeChoice> upcoming = exchanges.upcoming(user, locale.getLanguage(), 100)
			.stream()
			.map(e -> new ExchangeChoice(e.id(), e.title() + " · " + SessionDays.startOf(e, locale), e.timeZone()))
			.toList();
		model.addAttribute("exchanges", upcoming);
		model.addAttribute("blocked", office.blockedPairs(user));
		model.addAttribute("modes", RequestMode.values());
		model.addAttribute("companies", companies.options(locale));
		model.addAttribute("zones", zones.options(locale));
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", TypedForm.empty()
				.put("timeZone", upcoming.isEmpty() ? null : upcoming.get(0).timeZone())
				.put("slotMinutes", 20)
				.put("breakMinutes", 5)
				.put("requestMode", RequestMode.APPROVAL)
				.put("maxMeetings", 12)
				.put("rooms", "Table 1: 1"));
		}
		if (!model.containsAttribute("blockForm")) {
			model.addAttribute("blockForm", TypedForm.empty());
		}
		return "matchmaking/office";
	}

	@PostMapping(HOME + "/sessions")
	String create(@RequestParam(required = false) Long exchangeId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String timeZone, @RequestParam(defaultValue = "") String days,
			@RequestParam(required = false) List<String> dayDate, @RequestParam(required = false) List<String> dayStarts,
			@RequestParam(required = false) List<String> dayEnds, @RequestParam(defaultValue = "20") String slotMinutes,
			@RequestParam(defaultValue = "5") String breakMinutes,
			@RequestParam(defaultValue = "APPROVAL") String requestMode,
			@RequestParam(defaultValue = "12") String maxMeetings, @RequestParam(defaultValue = "") String rooms,
			@AuthenticationPrincipal TwinportUser user, Locale locale, HttpServletRequest request,
			RedirectAttributes flash) {
		SessionView[] created = new SessionView[1];
		String back = forms.attempt(HOME, flash, request, "sessionForm", () -> {
			List<SessionDraft.Day> chosen = dayDate != null ? SessionDays.rows(dayDate, dayStarts, dayEnds)
					: SessionDays.parse(days);
			created[0] = office.create(user,
					SessionSettingsForm.draft(exchangeId, name, timeZone, chosen, slotMinutes, breakMinutes, requestMode, maxMeetings, rooms),
					locale.getLanguage());
		});
		return created[0] == null ? back + "#session-form" : "redirect:" + HOME + "/sessions/" + created[0].id();
	}

	@GetMapping(HOME + "/sessions/{id}")
	String session(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		SessionView session = managed(user, id, locale);
		model.addAttribute("mmSession", session);
		model.addAttribute("exchangeTitle", exchangeTitle(user, session, locale));
		model.addAttribute("participants", meetings.participants(id));
		model.addAttribute("requests", meetings.requests(user, id));
		model.addAttribute("modes", RequestMode.values());
		model.addAttribute("companies", companies.options(locale));
		model.addAttribute("zones", zones.options(locale));
		model.addAttribute("bounds", SessionDays.bounds(session));
		if (!model.containsAttribute("settingsForm")) {
			model.addAttribute("settingsForm", SessionSettingsForm.of(session));
		}
		if (!model.containsAttribute("enrolForm")) {
			model.addAttribute("enrolForm", TypedForm.empty());
		}
		if (!model.containsAttribute("report")) {
			office.lastReport(user, id).ifPresent(report -> model.addAttribute("report", report));
		}
		model.addAttribute("placed", office.placedMeetings(user, id));
		return "matchmaking/office-session";
	}

	/** The master grid: one row per company, one column per slot, each meeting with its counterpart and room. */
	@GetMapping(HOME + "/sessions/{id}/grid")
	String grid(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		SessionView session = managed(user, id, locale);
		Map<Long, Map<Integer, PlacedMeeting>> cells = new HashMap<>();
		for (PlacedMeeting m : office.placedMeetings(user, id)) {
			cells.computeIfAbsent(m.fromCompany(), k -> new HashMap<>()).put(m.slot(), m);
			cells.computeIfAbsent(m.toCompany(), k -> new HashMap<>()).put(m.slot(), m);
		}
		model.addAttribute("mmSession", session);
		model.addAttribute("exchangeTitle", exchangeTitle(user, session, locale));
		model.addAttribute("participants", meetings.participants(id));
		model.addAttribute("cells", cells);
		return "matchmaking/office-grid";
	}

	@PostMapping(HOME + "/sessions/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String timeZone, @RequestParam(defaultValue = "") String days,
			@RequestParam(required = false) List<String> dayDate, @RequestParam(required = false) List<String> dayStarts,
			@RequestParam(required = false) List<String> dayEnds, @RequestParam(defaultValue = "20") String slotMinutes,
			@RequestParam(defaultValue = "5") String breakMinutes,
			@RequestParam(defaultValue = "APPROVAL") String requestMode,
			@RequestParam(defaultValue = "12") String maxMeetings, @RequestParam(defaultValue = "") String rooms,
			@AuthenticationPrincipal TwinportUser user, Locale locale, HttpServletRequest request,
			RedirectAttributes flash) {
		SessionView before = managed(user, id, locale);
		return forms.attempt(HOME + "/sessions/" + id + "#settings-form", flash, request, "settingsForm", () -> {
			List<SessionDraft.Day> chosen = dayDate != null ? SessionDays.rows(dayDate, dayStarts, dayEnds)
					: SessionDays.parse(days);
			// Unchanged days are sent back as they were shown: only a real change re-cuts
			// the slots.
			boolean sameDays = chosen == null || chosen.equals(SessionDays.of(before));
			office.update(user, id, SessionSettingsForm.draft(before.exchangeId(), name, timeZone, sameDays ? null : chosen, slotMinutes,
					breakMinutes, requestMode, maxMeetings, rooms), locale.getLanguage());
			flash.addFlashAttribute("saved", true);
		});
	}

	@PostMapping(HOME + "/sessions/{id}/participants")
	String enrol(@PathVariable long id, @RequestParam(defaultValue = "") String companyId,
			@RequestParam(defaultValue = "") String availability,
			@RequestParam(required = false) List<String> availFrom, @RequestParam(required = false) List<String> availTo,
			@AuthenticationPrincipal TwinportUser user, HttpServletRequest request, RedirectAttributes flash) {
		return forms.attempt(HOME + "/sessions/" + id + "#enrol-form", flash, request, "enrolForm", () -> {
			long company = CompanyChoices.id(companyId, "companyId");
			office.enrol(user, id, company, availFrom != null ? SessionPages.windows(availFrom, availTo)
					: SessionPages.windows(availability));
			flash.addFlashAttribute("enrolled", true);
		});
	}

	@PostMapping(HOME + "/sessions/{id}/schedule")
	String schedule(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, RedirectAttributes flash) {
		return forms.attempt(HOME + "/sessions/" + id, flash,
				() -> flash.addFlashAttribute("report", office.schedule(user, id)));
	}

	@GetMapping(HOME + "/sessions/{id}/metrics")
	String metrics(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		model.addAttribute("mmSession", managed(user, id, locale));
		model.addAttribute("metrics", office.metrics(user, id));
		return "matchmaking/office-metrics";
	}

	@PostMapping(HOME + "/blocked-pairs")
	String block(@RequestParam(defaultValue = "") String companyA, @RequestParam(defaultValue = "") String companyB,
			@RequestParam(defaultValue = "false") boolean remove, @AuthenticationPrincipal TwinportUser user,
			HttpServletRequest request, RedirectAttributes flash) {
		return forms.attempt(HOME + "#blocked-pairs-heading", flash, request, "blockForm", () -> {
			long a = CompanyChoices.id(companyA, "companyA");
			long b = CompanyChoices.id(companyB, "companyB");
			if (remove) {
				office.unblock(user, a, b);
			}
			else {
				office.block(user, a, b);
			}
		});
	}

	private SessionView managed(TwinportUser user, long id, Locale locale) {
		return office.managed(user, locale.getLanguage())
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noManagedSession", String.valueOf(id))));
	}

	/**
	 * The title of the session's exchange as the office reads it: the session's own view
	 * names only public exchanges.
	 */
	private String exchangeTitle(TwinportUser user, SessionView session, Locale locale) {
		if (session.exchangeTitle() != null) {
			return session.exchangeTitle();
		}
		try {
			return exchanges.exchange(session.exchangeId(), user, locale.getLanguage()).title();
		}
		catch (NotFoundException ex) {
			return "";
		}
	}

}

package org.twinport.matchmaking.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.twinport.matchmaking.RequestMode;
import org.twinport.matchmaking.SessionDraft;
import org.twinport.matchmaking.SessionOffice;
import org.twinport.matchmaking.SessionView;
import org.twinport.shared.InvalidInputException;

/**
 * The offices' pages: sessions they manage (create, change settings, participants and
 * availability, scheduler runs with their report, metrics) and blocked pairs.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
class OfficePages {

	private static final String HOME = "/matchmaking/office";

	private final SessionOffice office;

	private final Meetings meetings;

	private final ExchangeManagement exchanges;

	OfficePages(SessionOffice office, Meetings meetings, ExchangeManagement exchanges) {
		this.office = office;
		this.meetings = meetings;
		this.exchanges = exchanges;
	}

	@GetMapping(HOME)
	String home(@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		model.addAttribute("sessions", office.managed(user, locale.getLanguage()));
		model.addAttribute("exchanges", exchanges.upcoming(user, locale.getLanguage(), 100));
		model.addAttribute("blocked", office.blockedPairs(user));
		model.addAttribute("modes", RequestMode.values());
		return "matchmaking/office";
	}

	@PostMapping(HOME + "/sessions")
	String create(@RequestParam(required = false) Long exchangeId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String timeZone, @RequestParam(defaultValue = "") String days,
			@RequestParam(defaultValue = "20") String slotMinutes,
			@RequestParam(defaultValue = "5") String breakMinutes,
			@RequestParam(defaultValue = "APPROVAL") String requestMode,
			@RequestParam(defaultValue = "12") String maxMeetings, @RequestParam(defaultValue = "") String rooms,
			@AuthenticationPrincipal TwinportUser user, Locale locale, RedirectAttributes flash) {
		SessionView[] created = new SessionView[1];
		String back = PageErrors.attempt(HOME, flash, () -> created[0] = office.create(user,
				draft(exchangeId, name, timeZone, days, slotMinutes, breakMinutes, requestMode, maxMeetings, rooms),
				locale.getLanguage()));
		return created[0] == null ? back : "redirect:" + HOME + "/sessions/" + created[0].id();
	}

	@GetMapping(HOME + "/sessions/{id}")
	String session(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		SessionView session = managed(user, id, locale);
		model.addAttribute("mmSession", session);
		model.addAttribute("participants", meetings.participants(id));
		model.addAttribute("requests", meetings.requests(user, id));
		model.addAttribute("modes", RequestMode.values());
		model.addAttribute("daysText", daysText(session));
		model.addAttribute("roomsText",
				String.join("\n", session.rooms().stream().map(r -> r.name() + ": " + r.capacity()).toList()));
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
		java.util.Map<Long, java.util.Map<Integer, org.twinport.matchmaking.PlacedMeeting>> cells = new java.util.HashMap<>();
		for (org.twinport.matchmaking.PlacedMeeting m : office.placedMeetings(user, id)) {
			cells.computeIfAbsent(m.fromCompany(), k -> new java.util.HashMap<>()).put(m.slot(), m);
			cells.computeIfAbsent(m.toCompany(), k -> new java.util.HashMap<>()).put(m.slot(), m);
		}
		model.addAttribute("mmSession", session);
		model.addAttribute("participants", meetings.participants(id));
		model.addAttribute("cells", cells);
		return "matchmaking/office-grid";
	}

	@PostMapping(HOME + "/sessions/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String timeZone, @RequestParam(defaultValue = "") String days,
			@RequestParam(defaultValue = "20") String slotMinutes,
			@RequestParam(defaultValue = "5") String breakMinutes,
			@RequestParam(defaultValue = "APPROVAL") String requestMode,
			@RequestParam(defaultValue = "12") String maxMeetings, @RequestParam(defaultValue = "") String rooms,
			@AuthenticationPrincipal TwinportUser user, Locale locale, RedirectAttributes flash) {
		SessionView before = managed(user, id, locale);
		// Unchanged days are sent back as they were shown: only a real change re-cuts the
		// slots.
		boolean sameDays = days.strip().equals(daysText(before).strip());
		return PageErrors.attempt(HOME + "/sessions/" + id, flash, () -> {
			SessionDraft d = draft(before.exchangeId(), name, timeZone, sameDays ? "" : days, slotMinutes, breakMinutes,
					requestMode, maxMeetings, rooms);
			office.update(user, id, sameDays ? withoutDays(d) : d, locale.getLanguage());
			flash.addFlashAttribute("saved", true);
		});
	}

	@PostMapping(HOME + "/sessions/{id}/participants")
	String enrol(@PathVariable long id, @RequestParam(required = false) Long companyId,
			@RequestParam(defaultValue = "") String availability, @AuthenticationPrincipal TwinportUser user,
			RedirectAttributes flash) {
		return PageErrors.attempt(HOME + "/sessions/" + id, flash, () -> {
			if (companyId == null) {
				throw new InvalidInputException("companyId", "is required");
			}
			office.enrol(user, id, companyId, SessionPages.windows(availability));
		});
	}

	@PostMapping(HOME + "/sessions/{id}/schedule")
	String schedule(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, RedirectAttributes flash) {
		return PageErrors.attempt(HOME + "/sessions/" + id, flash,
				() -> flash.addFlashAttribute("report", office.schedule(user, id)));
	}

	@GetMapping(HOME + "/sessions/{id}/metrics")
	String metrics(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		model.addAttribute("mmSession", managed(user, id, locale));
		model.addAttribute("metrics", office.metrics(user, id));
		return "matchmaking/office-metrics";
	}

	@PostMapping(HOME + "/blocked-pairs")
	String block(@RequestParam(required = false) Long companyA, @RequestParam(required = false) Long companyB,
			@RequestParam(defaultValue = "false") boolean remove, @AuthenticationPrincipal TwinportUser user,
			RedirectAttributes flash) {
		return PageErrors.attempt(HOME, flash, () -> {
			if (companyA == null) {
				throw new InvalidInputException("companyA", "is required");
			}
			if (companyB == null) {
				throw new InvalidInputException("companyB", "is required");
			}
			if (remove) {
				office.unblock(user, companyA, companyB);
			}
			else {
				office.block(user, companyA, companyB);
			}
		});
	}

	private SessionView managed(TwinportUser user, long id, Locale locale) {
		return office.managed(user, locale.getLanguage())
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow(() -> new org.twinport.shared.NotFoundException("No session " + id + " that you manage"));
	}

	/** The days as the form shows them: one per line, {@code 2026-10-20 09:00-17:00}. */
	private static String daysText(SessionView session) {
		java.time.ZoneId zone = java.time.ZoneId.of(session.timeZone());
		List<String> lines = new ArrayList<>();
		int day = -1;
		java.time.LocalDateTime first = null;
		java.time.LocalDateTime last = null;
		for (SessionView.Slot slot : session.slots()) {
			if (slot.day() != day) {
				if (first != null) {
					lines.add(first.toLocalDate() + " " + first.toLocalTime() + "-" + last.toLocalTime());
				}
				day = slot.day();
				first = java.time.LocalDateTime.ofInstant(slot.startsAt(), zone);
			}
			last = java.time.LocalDateTime.ofInstant(slot.endsAt(), zone);
		}
		if (first != null) {
			lines.add(first.toLocalDate() + " " + first.toLocalTime() + "-" + last.toLocalTime());
		}
		return String.join("\n", lines);
	}

	private static SessionDraft withoutDays(SessionDraft d) {
		return new SessionDraft(d.exchangeId(), d.name(), d.timeZone(), null, d.slotMinutes(), d.breakMinutes(),
				d.requestMode(), d.maxMeetingsPerParticipant(), d.rooms());
	}

	static SessionDraft draft(Long exchangeId, String name, String timeZone, String days, String slotMinutes,
			String breakMinutes, String requestMode, String maxMeetings, String rooms) {
		RequestMode mode;
		try {
			mode = RequestMode.valueOf(requestMode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("requestMode", "must be APPROVAL or AUTOMATIC");
		}
		return new SessionDraft(exchangeId, name, timeZone.isBlank() ? null : timeZone.strip(), days(days),
				number(slotMinutes, "slotMinutes"), number(breakMinutes, "breakMinutes"), mode,
				number(maxMeetings, "maxMeetingsPerParticipant"), rooms(rooms));
	}

	private static final java.util.regex.Pattern DAY = java.util.regex.Pattern
		.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2})\\s*[-–]\\s*(\\d{2}:\\d{2})");

	/** One day per line: {@code 2026-10-20 09:00-17:00}; none when blank. */
	static List<SessionDraft.Day> days(String text) {
		if (text.isBlank()) {
			return null;
		}
		List<SessionDraft.Day> out = new ArrayList<>();
		String[] lines = text.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			java.util.regex.Matcher m = DAY.matcher(line);
			try {
				if (!m.matches()) {
					throw new DateTimeParseException("shape", line, 0);
				}
				out.add(new SessionDraft.Day(LocalDate.parse(m.group(1)), LocalTime.parse(m.group(2)),
						LocalTime.parse(m.group(3))));
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException("days[" + i + "]",
						"must be a date and hours such as 2026-10-20 09:00-17:00");
			}
		}
		return out;
	}

	/**
	 * One room per line: {@code Table 1: 2} (name and how many meetings it holds at
	 * once).
	 */
	static List<SessionDraft.RoomDraft> rooms(String text) {
		List<SessionDraft.RoomDraft> out = new ArrayList<>();
		String[] lines = text.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int colon = line.lastIndexOf(':');
			String name = colon < 0 ? line : line.substring(0, colon).strip();
			Integer capacity = colon < 0 ? 1 : number(line.substring(colon + 1), "rooms[" + i + "].capacity");
			out.add(new SessionDraft.RoomDraft(name, capacity));
		}
		return out;
	}

	private static Integer number(String text, String field) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "must be a whole number");
		}
	}

}

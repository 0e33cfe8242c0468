package org.twinport.exchange.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.exchange.ExchangeDraft;
import org.twinport.exchange.ExchangeKind;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.ExchangeQuery;
import org.twinport.exchange.ExchangeView;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkChoices;
import org.twinport.network.NetworkDirectory;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.web.Form;
import org.twinport.shared.web.Refusals;

/**
 * Exchanges with their participants: staff write any, a partner office those its own
 * place takes part in. The rules and the tenant check are {@link ExchangeManagement}'s.
 */
@Controller
@RequestMapping("/manage/exchanges")
@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
class ExchangeForms {

	/** Blank participant rows offered below the filled ones. */
	private static final int SPARE_ROWS = 3;

	/** The message keys of the fields' labels, for the error summary. */
	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("code", "form.code"),
			Map.entry("kind", "network.kind"), Map.entry("title", "form.titleEn"), Map.entry("title.en", "form.titleEn"),
			Map.entry("title.zh", "form.titleZh"), Map.entry("title.more", "form.titleMore"),
			Map.entry("start", "exchange.start"), Map.entry("startApprox", "records.startApprox"),
			Map.entry("end", "exchange.end"), Map.entry("endApprox", "records.endApprox"),
			Map.entry("timeZone", "exchange.timeZone"), Map.entry("summary", "exchange.summary"),
			Map.entry("outcomes", "exchange.outcomes"), Map.entry("participants", "exchange.participants"),
			Map.entry("participants[]", "records.participantRow"), Map.entry("participants[].role", "exchange.role"),
			Map.entry("participants[].place", "form.place"),
			Map.entry("participants[].organization", "contact.organization"),
			Map.entry("participants[].contact", "exchange.contact"),
			Map.entry("participants[].country", "network.country"),
			Map.entry("participants[].description", "exchange.description"));

	record Item(String label, String detail, String url) {
	}

	private final ExchangeManagement exchanges;

	private final FormOptions options;

	private final NetworkChoices choices;

	private final Refusals problems;

	private final MessageSource messages;

	ExchangeForms(ExchangeManagement exchanges, FormOptions options, NetworkChoices choices, Refusals problems,
			MessageSource messages) {
		this.exchanges = exchanges;
		this.options = options;
		this.choices = choices;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal TwinportUser user, Locale locale,
			Model model) {
		var query = new ExchangeQuery(null, options.ownPlace(user), null, null);
		model.addAttribute("heading", "manage.exchanges");
		model.addAttribute("newUrl", "/manage/exchanges/new");
		if (user.is(Role.ADMIN)) {
			model.addAttribute("exportUrl", "/manage/exchanges/export");
			model.addAttribute("exportLabel", "records.export");
		}
		model.addAttribute("items", exchanges.exchanges(query, user, locale.getLanguage(), Math.max(page, 0), 200)
			.items()
			.stream()
			.map(e -> new Item(e.title(),
					LocalisedStart.of(e, locale) + " · "
							+ messages.getMessage("exchange.kind." + e.kind(), null, e.kind().name(), locale),
					"/manage/exchanges/" + e.id() + "/edit"))
			.toList());
		return "manage/list";
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) String place, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model) {
		String own = options.ownPlace(user);
		Form form = Form.empty()
			.put("isPublic", true)
			.put("timeZone", choices.homeTimeZone().orElse(null))
			.put("participants[0].role", ExchangeDraft.Role.PARTICIPANT);
		form.put("participants[0].place", own != null ? own : place);
		return form(form, null, user, locale, model);
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Form form = Form.of(fields);
		try {
			ExchangeView created = exchanges.create(draft(form), user, locale.getLanguage());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/manage/exchanges/" + created.id() + "/edit";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(refuse(form, ex, locale), null, user, locale, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		ExchangeView exchange = editable(id, user, locale);
		Form form = Form.empty()
			.put("code", exchange.code())
			.put("kind", exchange.kind())
			.putNames("title", exchange.titles())
			.put(timed(exchange.start()) ? "start" : "startApprox", exchange.start())
			.put(timed(exchange.end()) ? "end" : "endApprox", exchange.end())
			.put("timeZone", exchange.timeZone())
			.put("summary", exchange.summary())
			.put("outcomes", exchange.outcomes())
			.put("isPublic", exchange.isPublic());
		List<ExchangeView.Participant> participants = exchange.participants();
		for (int i = 0; i < participants.size(); i++) {
			ExchangeView.Participant p = participants.get(i);
			String at = "participants[" + i + "].";
			form.put(at + "role", p.role())
				.put(at + p.type().toLowerCase(Locale.ROOT), p.code())
				.put(at + "description", p.description());
		}
		return form(form, exchange, user, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ExchangeView exchange = editable(id, user, locale);
		Form form = Form.of(fields);
		try {
			exchanges.update(id, draft(form), user, locale.getLanguage());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/manage/exchanges/" + id + "/edit";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(refuse(form, ex, locale), exchange, user, locale, model);
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, RedirectAttributes redirect) {
		exchanges.archive(id, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/exchanges";
	}

	private static ExchangeDraft draft(Form form) {
		int rows = form.compactRows("participants");
		List<ExchangeDraft.Participant> participants = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String at = "participants[" + i + "].";
			ExchangeDraft.Role role = form.choice(at + "role", ExchangeDraft.Role.class);
			String country = form.text(at + "country");
			participants.add(new ExchangeDraft.Participant(role, form.text(at + "place"),
					form.text(at + "organization"), form.text(at + "contact"),
					country == null ? null : country.toUpperCase(Locale.ROOT), form.text(at + "description")));
		}
		return new ExchangeDraft(form.text("code"), form.choice("kind", ExchangeKind.class), form.names("title"),
				when(form, "start"), when(form, "end"), form.text("timeZone"), form.text("summary"),
				form.text("outcomes"), form.checked("isPublic"), participants);
	}

	/**
	 * The date-time picked, or else the date as far as it is known, typed beside it
	 * ({@code 2021-10}): the picker cannot hold a month or a year.
	 */
	private static String when(Form form, String field) {
		String picked = form.text(field);
		return picked != null ? picked : form.text(field + "Approx");
	}

	private static boolean timed(String when) {
		return when != null && when.contains("T");
	}

	/** The refusal shown beside the field the reader filled in, worded for the reader. */
	private Form refuse(Form form, InvalidInputException ex, Locale locale) {
		String field = ex.field();
		if (("start".equals(field) || "end".equals(field)) && form.text(field) == null
				&& form.text(field + "Approx") != null) {
			return form.reject(ex.about(field + "Approx"), problems.say(ex, locale));
		}
		return form.reject(ex, problems.say(ex, locale));
	}

	/**
	 * The exchange as the form shows it; the service checks the tenant again when saving.
	 */
	private ExchangeView editable(long id, TwinportUser user, Locale locale) {
		ExchangeView exchange = exchanges.exchange(id, user, locale.getLanguage());
		String own = options.ownPlace(user);
		boolean mine = user.is(Role.ADMIN)
				|| exchange.participants().stream().anyMatch(p -> "PLACE".equals(p.type()) && p.code().equals(own));
		if (!mine || exchange.archived()) {
			throw new NotFoundException(Reason.of("exchange.problem.noExchangeToChange", String.valueOf(id)));
		}
		return exchange;
	}

	private String form(Form form, ExchangeView exchange, TwinportUser user, Locale locale, Model model) {
		model.addAttribute("form", form.labelled(LABELS));
		model.addAttribute("exchange", exchange);
		model.addAttribute("kinds", List.of(ExchangeKind.values()));
		model.addAttribute("roles", List.of(ExchangeDraft.Role.PARTICIPANT, ExchangeDraft.Role.ORGANIZER));
		model.addAttribute("participantRows", form.rowCount("participants") + SPARE_ROWS);
		model.addAttribute("places", choices.places(locale));
		model.addAttribute("organizations", choices.organizations(locale));
		model.addAttribute("contacts", choices.contacts(user, locale));
		return "exchange/exchange-form";
	}

	/**
	 * Shared by the exchange module's forms: the reader's own place.
	 */
	@org.springframework.stereotype.Component
	static class FormOptions {

		private final NetworkDirectory directory;

		FormOptions(NetworkDirectory directory) {
			this.directory = directory;
		}

		/** The code of a partner office's own place; null for staff. */
		String ownPlace(TwinportUser user) {
			if (user == null || user.partnerPlaceId() == null) {
				return null;
			}
			return directory.places()
				.stream()
				.filter(p -> p.id() == user.partnerPlaceId())
				.map(NetworkDirectory.PlaceNames::code)
				.findFirst()
				.orElse(null);
		}

	}

}

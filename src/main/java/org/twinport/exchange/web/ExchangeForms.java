package org.twinport.exchange.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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
import org.twinport.network.NetworkDirectory;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.web.Form;

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

	record Item(String label, String detail, String url) {
	}

	private final ExchangeManagement exchanges;

	private final FormOptions options;

	ExchangeForms(ExchangeManagement exchanges, FormOptions options) {
		this.exchanges = exchanges;
		this.options = options;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal TwinportUser user, Locale locale,
			Model model) {
		var query = new ExchangeQuery(null, options.ownPlace(user), null, null);
		model.addAttribute("heading", "manage.exchanges");
		model.addAttribute("newUrl", "/manage/exchanges/new");
		model.addAttribute("items", exchanges.exchanges(query, user, locale.getLanguage(), Math.max(page, 0), 200)
			.items()
			.stream()
			.map(e -> new Item(e.title(), e.start() + " · " + e.kind(), "/manage/exchanges/" + e.id() + "/edit"))
			.toList());
		return "manage/list";
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) String place, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model) {
		String own = options.ownPlace(user);
		Form form = Form.empty().put("isPublic", true).put("participants[0].role", ExchangeDraft.Role.PARTICIPANT);
		form.put("participants[0].place", own != null ? own : place);
		return form(form, null, locale, model);
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
			return form(form.reject(ex), null, locale, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		ExchangeView exchange = editable(id, user, locale);
		Form form = Form.empty()
			.put("code", exchange.code())
			.put("kind", exchange.kind())
			.putNames("title", exchange.titles())
			.put("start", exchange.start())
			.put("end", exchange.end())
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
		return form(form, exchange, locale, model);
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
			return form(form.reject(ex), exchange, locale, model);
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
				form.text("start"), form.text("end"), form.text("timeZone"), form.text("summary"),
				form.text("outcomes"), form.checked("isPublic"), participants);
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
			throw new NotFoundException("There is no exchange " + id + " that you may change.");
		}
		return exchange;
	}

	private String form(Form form, ExchangeView exchange, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("exchange", exchange);
		model.addAttribute("kinds", List.of(ExchangeKind.values()));
		model.addAttribute("roles", List.of(ExchangeDraft.Role.PARTICIPANT, ExchangeDraft.Role.ORGANIZER));
		model.addAttribute("participantRows", form.rowCount("participants") + SPARE_ROWS);
		model.addAttribute("places", options.places(locale.getLanguage()));
		return "exchange/exchange-form";
	}

	/**
	 * Shared by the exchange module's forms: the reader's own place and the place
	 * suggestions.
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

		java.util.Map<String, String> places(String lang) {
			java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
			for (NetworkDirectory.PlaceNames place : directory.places()) {
				options.put(place.code(),
						place.names().getOrDefault(lang, place.names().get("en")) + " (" + place.countryCode() + ")");
			}
			return options;
		}

	}

}

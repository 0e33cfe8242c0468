package org.twinport.network.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkChoices;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkManagement;
import org.twinport.network.PartnershipDraft;
import org.twinport.network.PartnershipQuery;
import org.twinport.network.PartnershipStatus;
import org.twinport.network.PartnershipView;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.web.Form;
import org.twinport.shared.web.Refusals;

/**
 * Staff create, change and archive partnerships; a partner office changes the status,
 * fields and notes of its own place's ties. Every rule and tenant check is
 * {@link NetworkManagement}'s; this only maps the form.
 */
@Controller
@RequestMapping("/manage/partnerships")
class PartnershipForms {

	record Item(String label, String detail, String url) {
	}

	/** The message keys of the fields' labels, for the error summary. */
	private static final Map<String, String> LABELS = Map.of("home", "partnership.home", "partner",
			"partnership.partner", "kind", "network.kind", "status", "network.status", "established",
			"partnership.established", "fieldsOfCooperation", "partnership.fields", "notes", "partner.notes");

	private final NetworkDirectory directory;

	private final NetworkManagement management;

	private final NetworkChoices choices;

	private final Refusals problems;

	private final org.springframework.context.MessageSource messages;

	PartnershipForms(NetworkDirectory directory, NetworkManagement management, NetworkChoices choices,
			Refusals problems, org.springframework.context.MessageSource messages) {
		this.directory = directory;
		this.management = management;
		this.choices = choices;
		this.problems = problems;
		this.messages = messages;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		var result = directory.partnerships(PartnershipQuery.ALL, locale.getLanguage(), Math.max(page, 0), 200);
		model.addAttribute("heading", "manage.partnerships");
		model.addAttribute("newUrl", "/manage/partnerships/new");
		model.addAttribute("items", result.items()
			.stream()
			.map(p -> new Item(p.partner().name() + " – " + p.home().name(),
					p.kindName() + " · " + messages.getMessage("status." + p.status(), null, locale) + " · "
							+ (p.established() == null ? messages.getMessage("network.unknown", null, locale)
									: p.established()),
					"/manage/partnerships/" + p.id() + "/edit"))
			.toList());
		return "manage/list";
	}

	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/new")
	String create(Locale locale, Model model) {
		Form form = Form.empty()
			.put("status", PartnershipStatus.ACTIVE)
			.put("home", directory.homePlaceCodes().stream().findFirst().orElse(null));
		return form(form, null, locale, model);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Form form = Form.of(fields);
		try {
			PartnershipView created = management.create(draft(form, true), user, locale.getLanguage());
			return saved(created, redirect);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), null, locale, model);
		}
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		PartnershipView tie = editable(id, user, locale);
		Form form = Form.empty()
			.put("home", tie.home().code())
			.put("partner", tie.partner().code())
			.put("kind", tie.kind())
			.put("status", tie.status())
			.put("established", tie.established())
			.put("fieldsOfCooperation", tie.fieldsOfCooperation())
			.put("notes", tie.notes());
		return form(form, tie, locale, model);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PartnershipView tie = editable(id, user, locale);
		Form form = Form.of(fields);
		try {
			return saved(management.update(id, draft(form, user.is(Role.ADMIN)), user, locale.getLanguage()), redirect);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), tie, locale, model);
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, RedirectAttributes redirect) {
		management.archive(id, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/partnerships";
	}

	/**
	 * Partner offices send only what they may change; the rest stays null, which the
	 * service reads as unchanged.
	 */
	private static PartnershipDraft draft(Form form, boolean staff) {
		return new PartnershipDraft(staff ? form.text("home") : null, staff ? form.text("partner") : null,
				staff ? form.text("kind") : null, form.choice("status", PartnershipStatus.class),
				staff ? form.text("established") : null, form.list("fieldsOfCooperation"), form.text("notes"), null);
	}

	private static String saved(PartnershipView tie, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/network/partners/" + tie.partner().code();
	}

	/** The tie as the form shows it; the service checks the tenant again when saving. */
	private PartnershipView editable(long id, TwinportUser user, Locale locale) {
		return directory.partnership(id, locale.getLanguage())
			.filter(tie -> user.is(Role.ADMIN) || Long.valueOf(tie.partner().id()).equals(user.partnerPlaceId()))
			.orElseThrow(() -> new NotFoundException(Reason.of("network.problem.noPartnershipToChange", String.valueOf(id))));
	}

	private String form(Form form, PartnershipView tie, Locale locale, Model model) {
		String lang = locale.getLanguage();
		model.addAttribute("form", form.labelled(LABELS));
		model.addAttribute("tie", tie);
		model.addAttribute("kinds",
				directory.kinds(lang)
					.stream()
					.collect(Collectors.toMap(NetworkDirectory.KindName::code, NetworkDirectory.KindName::name,
							(a, b) -> a, java.util.LinkedHashMap::new)));
		model.addAttribute("statuses", List.of(PartnershipStatus.values()));
		model.addAttribute("homePlaces", choices.homePlaces(locale));
		model.addAttribute("places", choices.places(locale));
		return "network/partnership-form";
	}

}

package org.twinport.network.web;

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
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkChoices;
import org.twinport.network.OrganizationDraft;
import org.twinport.network.OrganizationView;
import org.twinport.network.RegistryManagement;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.Form;
import org.twinport.shared.web.Refusals;

/** Staff keep the network's organizations; the rules are {@link RegistryManagement}'s. */
@Controller
@RequestMapping("/manage/organizations")
@PreAuthorize("hasRole('ADMIN')")
class OrganizationForms {

	static final List<String> KINDS = List.of("FRIENDSHIP_ASSOCIATION", "INTERNATIONAL_ORGANIZATION",
			"CHAMBER_OF_COMMERCE", "COMPANY", "MEDIA", "GOVERNMENT_OFFICE", "CONSULTATIVE_BODY");

	/** The message keys of the fields' labels, for the error summary. */
	private static final java.util.Map<String, String> LABELS = java.util.Map.of("code", "form.code", "kind",
			"network.kind", "names", "form.nameEn", "names.en", "form.nameEn", "names.zh", "form.nameZh", "names.more",
			"form.nameMore", "place", "form.place", "website", "organization.website");

	private final RegistryManagement registry;

	private final NetworkChoices choices;

	private final Refusals problems;

	OrganizationForms(RegistryManagement registry, NetworkChoices choices, Refusals problems) {
		this.registry = registry;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping
	String list(Locale locale, Model model) {
		model.addAttribute("heading", "manage.organizations");
		model.addAttribute("newUrl", "/manage/organizations/new");
		model.addAttribute("items",
				registry.organizations(null, locale.getLanguage())
					.stream()
					.map(o -> new PartnershipForms.Item(o.name(),
							o.kindName() + (o.placeName() == null ? "" : " · " + o.placeName()),
							"/manage/organizations/" + o.id() + "/edit"))
					.toList());
		return "manage/list";
	}

	@GetMapping("/new")
	String create(Locale locale, Model model) {
		return form(Form.empty(), null, locale, model);
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Form form = Form.of(fields);
		try {
			registry.createOrganization(draft(form), user, locale.getLanguage());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/manage/organizations";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), null, locale, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Locale locale, Model model) {
		OrganizationView organization = registry.organization(id, locale.getLanguage());
		Form form = Form.empty()
			.put("code", organization.code())
			.put("kind", organization.kind())
			.putNames("names", organization.names())
			.put("place", organization.placeCode())
			.put("website", organization.website());
		return form(form, organization, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		OrganizationView organization = registry.organization(id, locale.getLanguage());
		Form form = Form.of(fields);
		try {
			registry.updateOrganization(id, draft(form), user, locale.getLanguage());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/manage/organizations";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), organization, locale, model);
		}
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, RedirectAttributes redirect) {
		registry.archiveOrganization(id, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/organizations";
	}

	private static OrganizationDraft draft(Form form) {
		return new OrganizationDraft(form.text("code"), form.text("kind"), form.names("names"), form.text("place"),
				form.text("website"));
	}

	private String form(Form form, OrganizationView organization, Locale locale, Model model) {
		model.addAttribute("form", form.labelled(LABELS));
		model.addAttribute("organization", organization);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("places", choices.places(locale));
		return "network/organization-form";
	}

}

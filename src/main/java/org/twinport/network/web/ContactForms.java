package org.twinport.network.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.twinport.network.ContactDraft;
import org.twinport.network.ContactView;
import org.twinport.network.NetworkChoices;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.RegistryManagement;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Choice;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.web.Form;
import org.twinport.shared.web.Refusals;

/**
 * Contacts, written by staff for any place and by a partner office for its own; the rules
 * and the tenant check are {@link RegistryManagement}'s. Staff archive.
 */
@Controller
@RequestMapping("/manage/contacts")
@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
class ContactForms {

	/** The message keys of the fields' labels, for the error summary. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("code", "form.code"),
			Map.entry("fullName", "contact.fullName"), Map.entry("names", "form.nameEn"),
			Map.entry("names.en", "form.nameEn"), Map.entry("names.zh", "form.nameZh"),
			Map.entry("names.more", "form.nameMore"), Map.entry("position", "contact.position"),
			Map.entry("organization", "contact.organization"), Map.entry("place", "form.place"),
			Map.entry("languages", "contact.languages"), Map.entry("termStart", "contact.termStart"),
			Map.entry("termEnd", "contact.termEnd"), Map.entry("email", "contact.email"),
			Map.entry("phone", "contact.phone"), Map.entry("postalAddress", "contact.postalAddress"),
			Map.entry("notes", "partner.notes"));

	private final RegistryManagement registry;

	private final NetworkDirectory directory;

	private final NetworkChoices choices;

	private final Refusals problems;

	ContactForms(RegistryManagement registry, NetworkDirectory directory, NetworkChoices choices,
			Refusals problems) {
		this.registry = registry;
		this.directory = directory;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		Map<String, String> places = new java.util.HashMap<>();
		choices.places(locale).forEach(place -> places.put(place.code(), place.label()));
		model.addAttribute("heading", "manage.contacts");
		model.addAttribute("newUrl", "/manage/contacts/new");
		model
			.addAttribute("items", registry.contacts(ownPlace(user), user, locale.getLanguage())
				.stream()
				.map(c -> new PartnershipForms.Item(c.fullName(),
						(c.position() == null ? "" : c.position() + " · ")
								+ (c.placeCode() == null ? "" : places.getOrDefault(c.placeCode(), c.placeCode())),
						"/manage/contacts/" + c.id() + "/edit"))
				.toList());
		return "manage/list";
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) String place, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model) {
		String own = ownPlace(user);
		return form(Form.empty().put("place", own != null ? own : place), null, user, locale, model);
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Form form = submitted(fields);
		try {
			return saved(registry.createContact(draft(form), user, locale.getLanguage()), redirect);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), null, user, locale, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		ContactView contact = editable(id, user, locale);
		Form form = Form.empty()
			.put("code", contact.code())
			.put("fullName", contact.fullName())
			.putNames("names", contact.names())
			.put("position", contact.position())
			.put("organization", contact.organizationCode())
			.put("place", contact.placeCode())
			.put("languages", contact.languages())
			.put("termStart", contact.termStart())
			.put("termEnd", contact.termEnd())
			.put("notes", contact.notes());
		if (contact.personal() != null) {
			form.put("email", contact.personal().email())
				.put("phone", contact.personal().phone())
				.put("postalAddress", contact.personal().postalAddress());
		}
		return form(form, contact, user, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ContactView contact = editable(id, user, locale);
		Form form = submitted(fields);
		try {
			return saved(registry.updateContact(id, draft(form), user, locale.getLanguage()), redirect);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), contact, user, locale, model);
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, RedirectAttributes redirect) {
		registry.archiveContact(id, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/contacts";
	}

	private static ContactDraft draft(Form form) {
		return new ContactDraft(form.text("code"), form.text("fullName"), form.names("names"), form.text("position"),
				form.text("organization"), form.text("place"), form.list("languages"), form.text("termStart"),
				form.text("termEnd"), form.text("email"), form.text("phone"), form.text("postalAddress"),
				form.text("notes"));
	}

	private static String saved(ContactView contact, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return contact.placeCode() == null ? "redirect:/manage/contacts"
				: "redirect:/network/partners/" + contact.placeCode();
	}

	/**
	 * The contact as the form shows it; the service checks the tenant again when saving.
	 */
	private ContactView editable(long id, TwinportUser user, Locale locale) {
		ContactView contact = registry.contact(id, user, locale.getLanguage());
		if (!user.is(Role.ADMIN) && (contact.placeCode() == null || !contact.placeCode().equals(ownPlace(user)))) {
			throw new NotFoundException(Reason.of("network.problem.noContactToChange", String.valueOf(id)));
		}
		return contact;
	}

	/** The code of a partner office's own place; null for staff. */
	private String ownPlace(TwinportUser user) {
		if (user.partnerPlaceId() == null) {
			return null;
		}
		return directory.places()
			.stream()
			.filter(p -> p.id() == user.partnerPlaceId())
			.map(NetworkDirectory.PlaceNames::code)
			.findFirst()
			.orElse(null);
	}

	/** The fields as sent; the languages picked in the list come as one value each. */
	private static Form submitted(MultiValueMap<String, String> fields) {
		Form form = Form.of(fields);
		List<String> languages = fields.get("languages");
		return languages == null ? form : form.put("languages", languages);
	}

	private String form(Form form, ContactView contact, TwinportUser user, Locale locale, Model model) {
		model.addAttribute("form", form.labelled(LABELS));
		model.addAttribute("contact", contact);
		model.addAttribute("places", choices.places(locale));
		model.addAttribute("organizations", choices.organizations(locale));
		model.addAttribute("languages", languages(locale));
		return "network/contact-form";
	}

	/** The ISO 639-1 languages, named in the reader's language and in its order. */
	private static List<Choice> languages(Locale locale) {
		return Arrays.stream(Locale.getISOLanguages())
			.map(code -> new Choice(code, Locale.of(code).getDisplayLanguage(locale)))
			.filter(language -> !language.label().isBlank() && !language.label().equals(language.code()))
			.sorted(Comparator.comparing(Choice::label, Collator.getInstance(locale)))
			.toList();
	}

}

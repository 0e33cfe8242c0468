package org.twinport.exchange.web;

import java.util.ArrayList;
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
import org.twinport.exchange.DonationDraft;
import org.twinport.exchange.DonationManagement;
import org.twinport.exchange.DonationView;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.ExchangeQuery;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkChoices;
import org.twinport.shared.Choice;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.Form;
import org.twinport.shared.web.Refusals;

/**
 * Staff record donations with their items; the rules are {@link DonationManagement}'s.
 */
@Controller
@RequestMapping("/manage/donations")
@PreAuthorize("hasRole('ADMIN')")
class DonationForms {

	private static final int SPARE_ROWS = 2;

	/** The message keys of the fields' labels, for the error summary. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("code", "form.code"),
			Map.entry("direction", "donation.direction"), Map.entry("status", "network.status"),
			Map.entry("donorPlace", "records.donorPlace"), Map.entry("donorOrganization", "records.donorOrganization"),
			Map.entry("donorName", "records.donorName"), Map.entry("recipientPlace", "records.recipientPlace"),
			Map.entry("recipientOrganization", "records.recipientOrganization"),
			Map.entry("recipientName", "records.recipientName"),
			Map.entry("recipientCountry", "records.recipientCountry"), Map.entry("pledgedOn", "donation.pledgedOn"),
			Map.entry("shippedOn", "donation.shippedOn"), Map.entry("deliveredOn", "donation.deliveredOn"),
			Map.entry("exchange", "donation.exchange"), Map.entry("items", "donation.items"),
			Map.entry("items[]", "records.itemRow"), Map.entry("items[].item", "donation.item"),
			Map.entry("items[].quantity", "donation.quantity"), Map.entry("items[].unit", "donation.unit"),
			Map.entry("items[].valueAmount", "donation.value"), Map.entry("items[].valueCurrency", "donation.currency"),
			Map.entry("notes", "partner.notes"));

	private final DonationManagement donations;

	private final ExchangeManagement exchanges;

	private final NetworkChoices choices;

	private final Refusals problems;

	private final org.springframework.context.MessageSource messages;

	DonationForms(DonationManagement donations, ExchangeManagement exchanges, NetworkChoices choices,
			Refusals problems, org.springframework.context.MessageSource messages) {
		this.donations = donations;
		this.exchanges = exchanges;
		this.choices = choices;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		model.addAttribute("heading", "manage.donations");
		model.addAttribute("newUrl", "/manage/donations/new");
		model.addAttribute("items",
				donations.donations(null, user, locale.getLanguage())
					.stream()
					.map(d -> new ExchangeForms.Item(name(d.donor()) + " → " + name(d.recipient()),
							messages.getMessage("donation." + d.direction(), null, locale) + " · "
									+ messages.getMessage("donationStatus." + d.status(), null, locale) + " · "
									+ String.join(", ", d.items().stream().map(DonationDraft.Item::item).toList()),
							"/manage/donations/" + d.id() + "/edit"))
					.toList());
		return "manage/list";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		Form form = Form.empty()
			.put("isPublic", true)
			.put("direction", DonationDraft.Direction.GIVEN)
			.put("status", DonationDraft.Status.PLEDGED);
		return form(form, null, user, locale, model);
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Form form = Form.of(fields);
		try {
			donations.create(draft(form), user, locale.getLanguage());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/manage/donations";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), null, user, locale, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		DonationView donation = donations.donation(id, user, locale.getLanguage());
		Form form = Form.empty()
			.put("code", donation.code())
			.put("exchange",
					donation.exchangeId() == null ? null
							: exchanges.exchange(donation.exchangeId(), user, locale.getLanguage()).code())
			.put("direction", donation.direction())
			.put("recipientCountry", donation.recipientCountry())
			.put("status", donation.status())
			.put("pledgedOn", donation.pledgedOn())
			.put("shippedOn", donation.shippedOn())
			.put("deliveredOn", donation.deliveredOn())
			.put("notes", donation.notes())
			.put("isPublic", donation.isPublic());
		party(form, "donor", donation.donor());
		party(form, "recipient", donation.recipient());
		for (int i = 0; i < donation.items().size(); i++) {
			DonationDraft.Item item = donation.items().get(i);
			String at = "items[" + i + "].";
			form.put(at + "item", item.item())
				.put(at + "quantity",
						item.quantity() == null ? null : item.quantity().stripTrailingZeros().toPlainString())
				.put(at + "unit", item.unit())
				.put(at + "valueAmount",
						item.valueAmount() == null ? null : item.valueAmount().stripTrailingZeros().toPlainString())
				.put(at + "valueCurrency", item.valueCurrency());
		}
		return form(form, donation, user, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DonationView donation = donations.donation(id, user, locale.getLanguage());
		Form form = Form.of(fields);
		try {
			donations.update(id, draft(form), user, locale.getLanguage());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/manage/donations";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), donation, user, locale, model);
		}
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, RedirectAttributes redirect) {
		donations.archive(id, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/donations";
	}

	private static DonationDraft draft(Form form) {
		int rows = form.compactRows("items");
		List<DonationDraft.Item> items = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String at = "items[" + i + "].";
			items.add(new DonationDraft.Item(form.text(at + "item"), form.number(at + "quantity"),
					form.text(at + "unit"), form.number(at + "valueAmount"), form.text(at + "valueCurrency")));
		}
		return new DonationDraft(form.text("code"), form.text("exchange"),
				form.choice("direction", DonationDraft.Direction.class), form.text("donorPlace"),
				form.text("donorOrganization"), form.text("donorName"), form.text("recipientPlace"),
				form.text("recipientOrganization"), form.text("recipientName"), form.text("recipientCountry"),
				form.choice("status", DonationDraft.Status.class), form.text("pledgedOn"), form.text("shippedOn"),
				form.text("deliveredOn"), form.text("notes"), form.checked("isPublic"), items);
	}

	private static void party(Form form, String role, DonationView.Party party) {
		if (party == null || party.type() == null) {
			return;
		}
		switch (party.type()) {
			case "PLACE" -> form.put(role + "Place", party.code());
			case "ORGANIZATION" -> form.put(role + "Organization", party.code());
			default -> form.put(role + "Name", party.name());
		}
	}

	private static String name(DonationView.Party party) {
		return party == null || party.name() == null ? "?" : party.name();
	}

	private String form(Form form, DonationView donation, TwinportUser user, Locale locale, Model model) {
		model.addAttribute("form", form.labelled(LABELS));
		model.addAttribute("donation", donation);
		model.addAttribute("directions", List.of(DonationDraft.Direction.values()));
		model.addAttribute("statuses", List.of(DonationDraft.Status.values()));
		model.addAttribute("itemRows", form.rowCount("items") + SPARE_ROWS);
		model.addAttribute("places", choices.places(locale));
		model.addAttribute("organizations", choices.organizations(locale));
		model.addAttribute("exchanges", exchangeChoices(user, locale));
		return "exchange/donation-form";
	}

	/** The exchanges a donation may belong to: those with a code, by title and start. */
	private List<Choice> exchangeChoices(TwinportUser user, Locale locale) {
		return exchanges.exchanges(new ExchangeQuery(null, null, null, null), user, locale.getLanguage(), 0, 200)
			.items()
			.stream()
			.filter(e -> e.code() != null)
			.map(e -> new Choice(e.code(), e.title() + " (" + LocalisedStart.of(e, locale) + ")"))
			.toList();
	}

}

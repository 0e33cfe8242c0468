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
import org.twinport.exchange.DonationDraft;
import org.twinport.exchange.DonationManagement;
import org.twinport.exchange.DonationView;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.Form;

/**
 * Staff record donations with their items; the rules are {@link DonationManagement}'s.
 */
@Controller
@RequestMapping("/manage/donations")
@PreAuthorize("hasRole('ADMIN')")
class DonationForms {

	private static final int SPARE_ROWS = 2;

	private final DonationManagement donations;

	private final ExchangeManagement exchanges;

	private final ExchangeForms.FormOptions options;

	DonationForms(DonationManagement donations, ExchangeManagement exchanges, ExchangeForms.FormOptions options) {
		this.donations = donations;
		this.exchanges = exchanges;
		this.options = options;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		model.addAttribute("heading", "manage.donations");
		model.addAttribute("newUrl", "/manage/donations/new");
		model.addAttribute("items",
				donations.donations(null, user, locale.getLanguage())
					.stream()
					.map(d -> new ExchangeForms.Item(name(d.donor()) + " → " + name(d.recipient()),
							d.direction() + " · " + d.status() + " · "
									+ String.join(", ", d.items().stream().map(DonationDraft.Item::item).toList()),
							"/manage/donations/" + d.id() + "/edit"))
					.toList());
		return "manage/list";
	}

	@GetMapping("/new")
	String create(Locale locale, Model model) {
		Form form = Form.empty()
			.put("isPublic", true)
			.put("direction", DonationDraft.Direction.GIVEN)
			.put("status", DonationDraft.Status.PLEDGED);
		return form(form, null, locale, model);
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
			return form(form.reject(ex), null, locale, model);
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
		return form(form, donation, locale, model);
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
			return form(form.reject(ex), donation, locale, model);
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

	private String form(Form form, DonationView donation, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("donation", donation);
		model.addAttribute("directions", List.of(DonationDraft.Direction.values()));
		model.addAttribute("statuses", List.of(DonationDraft.Status.values()));
		model.addAttribute("itemRows", form.rowCount("items") + SPARE_ROWS);
		model.addAttribute("places", options.places(locale.getLanguage()));
		return "exchange/donation-form";
	}

}

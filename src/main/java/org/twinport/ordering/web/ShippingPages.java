package org.twinport.ordering.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.catalog.MerchantManagement;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.MerchantShipping;
import org.twinport.ordering.ShippingZone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.Refusals;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;

/**
 * A merchant's shipping profile: its zones with their rates, a form to add or replace a
 * zone, and the platform defaults it falls back on. ADMIN edits a merchant's profile by
 * naming {@code merchantId}.
 */
@Controller
@PreAuthorize("hasAnyRole('MERCHANT', 'ADMIN')")
class ShippingPages {

	/** Rows of rates offered by the form; empty rows are ignored. */
	static final int FORM_ROWS = 8;

	private final MerchantShipping shipping;

	private final MerchantManagement merchants;

	private final Refusals refusals;

	ShippingPages(MerchantShipping shipping, MerchantManagement merchants, Refusals refusals) {
		this.refusals = refusals;
		this.shipping = shipping;
		this.merchants = merchants;
	}

	@GetMapping("/merchant/shipping")
	String profile(@RequestParam(required = false) Long merchantId, @AuthenticationPrincipal TwinportUser user,
			Model model) {
		if (user.is(Role.ADMIN) && merchantId == null) {
			// ADMIN first picks the merchant whose profile to edit.
			model.addAttribute("merchants", merchants.merchants());
			return "ordering/shipping-merchants";
		}
		return show(merchantId, user, model, null, null);
	}

	/** One rate row as typed, given back when the zone is refused. */
	record TypedRate(String service, String maxWeightGrams, String amount, String currency, String transitMinDays,
			String transitMaxDays) {
	}

	@PostMapping("/merchant/shipping")
	String save(@RequestParam(required = false) Long merchantId, @RequestParam(required = false) String code,
			@RequestParam(required = false) String countries,
			@RequestParam(name = "service", required = false) List<String> services,
			@RequestParam(name = "maxWeightGrams", required = false) List<String> weights,
			@RequestParam(name = "amount", required = false) List<String> amounts,
			@RequestParam(name = "currency", required = false) List<String> currencies,
			@RequestParam(name = "transitMinDays", required = false) List<String> minDays,
			@RequestParam(name = "transitMaxDays", required = false) List<String> maxDays,
			@AuthenticationPrincipal TwinportUser user, HttpServletResponse response, Model model) {
		try {
			List<ShippingZone.Rate> rates = new ArrayList<>();
			int rows = services == null ? 0 : services.size();
			for (int i = 0; i < rows; i++) {
				String weight = at(weights, i);
				String amount = at(amounts, i);
				if (weight.isEmpty() && amount.isEmpty()) {
					continue;
				}
				String field = "rates[" + rates.size() + "].";
				rates.add(new ShippingZone.Rate(at(services, i), number(weight, field + "maxWeightGrams"),
						Money.parse(amount, at(currencies, i), field + "price"),
						number(at(minDays, i), field + "transitMinDays"),
						number(at(maxDays, i), field + "transitMaxDays")));
			}
			List<String> list = countries == null ? List.of()
					: Arrays.stream(countries.split("[,\\s]+")).filter(c -> !c.isBlank()).toList();
			ShippingZone saved = shipping.save(user, merchantId, new ShippingZone(code, list, rates));
			return "redirect:/merchant/shipping?saved=" + saved.code()
					+ (merchantId == null ? "" : "&merchantId=" + merchantId);
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			List<TypedRate> typed = new ArrayList<>();
			for (int i = 0; i < FORM_ROWS; i++) {
				String currency = at(currencies, i);
				typed.add(new TypedRate(at(services, i), at(weights, i), at(amounts, i),
						currency.isEmpty() ? "EUR" : currency, at(minDays, i), at(maxDays, i)));
			}
			model.addAttribute("typedRates", typed);
			model.addAttribute("countries", countries);
			return show(merchantId, user, model,
					OrderingPageErrors.problem(refusals, ex, LocaleContextHolder.getLocale()), code);
		}
	}

	@PostMapping("/merchant/shipping/{code}/delete")
	String delete(@PathVariable String code, @RequestParam(required = false) Long merchantId,
			@AuthenticationPrincipal TwinportUser user) {
		shipping.delete(user, merchantId, code);
		return "redirect:/merchant/shipping?deleted=" + code + (merchantId == null ? "" : "&merchantId=" + merchantId);
	}

	private String show(Long merchantId, TwinportUser user, Model model, String problem, String code) {
		model.addAttribute("zones", shipping.zones(user, merchantId));
		model.addAttribute("defaults", shipping.defaults());
		model.addAttribute("merchantId", merchantId);
		model.addAttribute("rows", FORM_ROWS);
		model.addAttribute("problem", problem);
		model.addAttribute("code", code);
		return "ordering/shipping";
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
	}

	private static Integer number(String value, String field) {
		if (!value.matches("^[0-9]{1,9}$")) {
			throw new InvalidInputException(field, Reason.of("ordering.problem.wholeNumber"));
		}
		return Integer.valueOf(value);
	}

}

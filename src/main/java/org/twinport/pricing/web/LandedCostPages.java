package org.twinport.pricing.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.identity.TwinportUser;
import org.twinport.pricing.Incoterm;
import org.twinport.pricing.LandedCost;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.tariff.HsNomenclature;
import org.twinport.shared.CountryCode;
import org.twinport.shared.CountryNames;
import org.twinport.shared.CurrencyCode;
import org.twinport.shared.Decimals;
import org.twinport.shared.HsCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.web.Refusals;

/** Staff manage rule sets; any signed-in user can try the calculator. */
@Controller
class LandedCostPages {

	private static final long MAX_RULE_FILE = 2 * 1024 * 1024;

	private final LandedCost landedCost;

	private final JsonMapper json;

	private final CountryNames countryNames;

	private final HsNomenclature hsCodes;

	private final Refusals refusals;

	private final MessageSource messages;

	LandedCostPages(LandedCost landedCost, JsonMapper json, CountryNames countryNames, HsNomenclature hsCodes,
			Refusals refusals, MessageSource messages) {
		this.landedCost = landedCost;
		this.json = json;
		this.countryNames = countryNames;
		this.hsCodes = hsCodes;
		this.refusals = refusals;
		this.messages = messages;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/landed-cost/rules")
	String rules(Model model) {
		model.addAttribute("ruleSets", landedCost.ruleSets());
		return "pricing/rules";
	}

	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/landed-cost/rules/{version}")
	String ruleSet(@PathVariable String version, Model model) {
		String document = landedCost.document(version)
			.orElseThrow(() -> new NotFoundException(Reason.of("pricing.problem.noRuleSetVersion", version)));
		model.addAttribute("ruleSet", landedCost.ruleSets()
			.stream()
			.filter(info -> info.version().equals(version))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Reason.of("pricing.problem.noRuleSetVersion", version))));
		model.addAttribute("table", RuleSetTable.of(json.readTree(document)));
		return "pricing/rule-set";
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/landed-cost/rules")
	String load(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal TwinportUser user, Locale locale, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty() || file.getSize() > MAX_RULE_FILE) {
			redirect.addFlashAttribute("error", refusals.say(Reason.of("pricing.problem.ruleFile"), locale));
			return "redirect:/landed-cost/rules";
		}
		try {
			var info = landedCost.load(new String(file.getBytes(), StandardCharsets.UTF_8), user.getUsername());
			redirect.addFlashAttribute("loaded", info.version());
		}
		catch (InvalidInputException ex) {
			// the field is a path in the JSON document (markets.FI.taxes[0].rate), which the admin reads as written
			redirect.addFlashAttribute("error", ex.field() + ": " + refusals.say(ex, locale));
		}
		return "redirect:/landed-cost/rules";
	}

	/** The calculator's form, one goods line. */
	record CalculatorForm(String origin, String destination, Incoterm incoterm, String hsCode, String originCountry,
			Integer quantity, String unitPrice, String currency, String weightKg, String shipping) {

		static CalculatorForm example() {
			return new CalculatorForm("CN", "FI", Incoterm.DAP, "090210", "CN", 2, "75.00", "EUR", "0.25", "10.00");
		}
	}

	@GetMapping("/landed-cost")
	String calculator(Locale locale, Model model) {
		model.addAttribute("form", CalculatorForm.example());
		choices(locale, model);
		return "pricing/calculator";
	}

	/** The HS subheadings matching what is typed in the calculator's HS code field. */
	@GetMapping("/landed-cost/hs-codes")
	String hsCodes(@RequestParam(required = false) String hsCode, Model model) {
		model.addAttribute("hsCodes", hsCodes.search(hsCode, 20));
		return "pricing/hs-codes :: hs-codes";
	}

	private void choices(Locale locale, Model model) {
		model.addAttribute("incoterms", List.of(Incoterm.values()));
		model.addAttribute("countries", countryNames.options(locale));
	}

	@PostMapping("/landed-cost")
	String quote(@ModelAttribute("form") CalculatorForm form, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model) {
		choices(locale, model);
		try {
			var request = new QuoteRequest(country(form.origin(), "origin"), country(form.destination(), "destination"),
					null, form.incoterm() == null ? Incoterm.DAP : form.incoterm(), LocalDate.now(),
					List.of(new QuoteRequest.Item(digits(form.hsCode()), country(form.originCountry(), "originCountry"),
							form.quantity() == null ? 0 : form.quantity(),
							Money.parse(form.unitPrice(), currency(form.currency()), "unitPrice"),
							decimal(form.weightKg(), "weightKg"), null)),
					Money.parse(blankToZero(form.shipping()), currency(form.currency()), "shipping"), null,
					null, null);
			if (request.items().get(0).quantity() < 1) {
				throw new InvalidInputException("quantity", Reason.of("pricing.problem.atLeastOne"));
			}
			model.addAttribute("quote", landedCost.quote(request, user));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", label(ex.field(), locale) + ": " + refusals.say(ex, locale));
		}
		catch (StateConflictException ex) {
			model.addAttribute("error", refusals.say(ex, locale));
		}
		return "pricing/calculator";
	}

	/**
	 * The form's label of a field the quote refused ({@code items[0].hsCode} is the HS code
	 * field), or the field's name where the form has no such field.
	 */
	private String label(String field, Locale locale) {
		String name = field.startsWith("items[0].") ? field.substring("items[0].".length()) : field;
		return messages.getMessage("pricing.calc." + ("weightKg".equals(name) ? "weight" : name), null, name, locale);
	}

	private static String country(@Nullable String value, String field) {
		return CountryCode.of(field, value == null ? null : value.strip().toUpperCase(Locale.ROOT)).value();
	}

	private static String currency(@Nullable String value) {
		return CurrencyCode.of("currency", value == null ? null : value.strip().toUpperCase(Locale.ROOT)).value();
	}

	private static String digits(@Nullable String hsCode) {
		String code = hsCode == null ? "" : hsCode.replaceAll("[ .]", "");
		if (!HsCode.isClassification(code)) {
			throw new InvalidInputException("hsCode", Reason.of("pricing.problem.hsCodeDigits"));
		}
		return code;
	}

	private static BigDecimal decimal(String value, String field) {
		try {
			BigDecimal number = Decimals.parse(value, field);
			if (number == null) {
				throw new InvalidInputException(field, Reason.of("pricing.problem.weight"));
			}
			if (number.signum() < 0) {
				throw new InvalidInputException(field, Reason.of("problem.negative"));
			}
			return number;
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new InvalidInputException(field, Reason.of("pricing.problem.weight"));
		}
	}

	private static String blankToZero(String value) {
		return value == null || value.isBlank() ? "0" : value.strip();
	}

}

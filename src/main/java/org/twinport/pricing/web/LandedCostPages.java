package org.twinport.pricing.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

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
import org.twinport.shared.CountryNames;
import org.twinport.shared.Decimals;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

/** Staff manage rule sets; any signed-in user can try the calculator. */
@Controller
class LandedCostPages {

	private static final long MAX_RULE_FILE = 2 * 1024 * 1024;

	private final LandedCost landedCost;

	private final JsonMapper json;

	private final CountryNames countryNames;

	private final HsNomenclature hsCodes;

	LandedCostPages(LandedCost landedCost, JsonMapper json, CountryNames countryNames, HsNomenclature hsCodes) {
		this.landedCost = landedCost;
		this.json = json;
		this.countryNames = countryNames;
		this.hsCodes = hsCodes;
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
			.orElseThrow(() -> new NotFoundException("No rule set " + version + "."));
		model.addAttribute("ruleSet", landedCost.ruleSets()
			.stream()
			.filter(info -> info.version().equals(version))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No rule set " + version + ".")));
		model.addAttribute("table", RuleSetTable.of(json.readTree(document)));
		return "pricing/rule-set";
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/landed-cost/rules")
	String load(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal TwinportUser user, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty() || file.getSize() > MAX_RULE_FILE) {
			redirect.addFlashAttribute("error", "The file must be a JSON rule set of at most 2 MB.");
			return "redirect:/landed-cost/rules";
		}
		try {
			var info = landedCost.load(new String(file.getBytes(), StandardCharsets.UTF_8), user.getUsername());
			redirect.addFlashAttribute("loaded", info.version());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.field() + ": " + ex.getMessage());
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
			var request = new QuoteRequest(upper(form.origin(), "origin"), upper(form.destination(), "destination"),
					null, form.incoterm() == null ? Incoterm.DAP : form.incoterm(), LocalDate.now(),
					List.of(new QuoteRequest.Item(digits(form.hsCode()), upper(form.originCountry(), "originCountry"),
							form.quantity() == null ? 0 : form.quantity(),
							Money.parse(form.unitPrice(), upper(form.currency(), "currency"), "unitPrice"),
							decimal(form.weightKg(), "weightKg"), null)),
					Money.parse(blankToZero(form.shipping()), upper(form.currency(), "currency"), "shipping"), null,
					null, null);
			if (request.items().get(0).quantity() < 1) {
				throw new InvalidInputException("quantity", "must be at least 1");
			}
			model.addAttribute("quote", landedCost.quote(request, user));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.field() + ": " + ex.getMessage());
		}
		catch (StateConflictException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "pricing/calculator";
	}

	private static String upper(String value, String field) {
		if (value == null || !value.strip().matches("^[A-Za-z]{2,3}$")) {
			throw new InvalidInputException(field, "must be an ISO code such as FI or EUR");
		}
		return value.strip().toUpperCase();
	}

	private static String digits(String hsCode) {
		String code = hsCode == null ? "" : hsCode.replaceAll("[ .]", "");
		if (!code.matches("^[0-9]{6,10}$")) {
			throw new InvalidInputException("hsCode", "must be 6 to 10 digits");
		}
		return code;
	}

	private static BigDecimal decimal(String value, String field) {
		try {
			BigDecimal number = Decimals.parse(value, field);
			if (number == null) {
				throw new InvalidInputException(field, "must be a number such as 0.25");
			}
			if (number.signum() < 0) {
				throw new InvalidInputException(field, "must not be negative");
			}
			return number;
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new InvalidInputException(field, "must be a number such as 0.25");
		}
	}

	private static String blankToZero(String value) {
		return value == null || value.isBlank() ? "0" : value.strip();
	}

}

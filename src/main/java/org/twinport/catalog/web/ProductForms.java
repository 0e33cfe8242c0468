package org.twinport.catalog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.catalog.Categories;
import org.twinport.catalog.DeliveryMarkets;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductStatus;
import org.twinport.catalog.ProductView;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.Choice;
import org.twinport.shared.CountryNames;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LocalizedText;
import org.twinport.shared.web.Form;
import org.twinport.shared.web.Refusals;
import org.twinport.shared.Reason;

/**
 * The merchant's product editor: a product with its texts per language, customs and
 * shipping data, prices per market and variants, written in one transaction or not at
 * all. A new product is sellable from the one form: it takes its first variant and the
 * stock on hand with it. A merchant reaches only its own products (another's is not
 * found); ADMIN any, and names the merchant of a new one.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class ProductForms {

	/** Blank rows offered below the filled ones. */
	private static final int SPARE_ROWS = 2;

	private final ProductManagement products;

	private final MerchantManagement merchants;

	private final Categories categories;

	private final NationalLineSuggestions nationalLines;

	private final DeliveryMarkets deliveryMarkets;

	private final CountryNames countryNames;

	private final Refusals refusals;

	ProductForms(ProductManagement products, MerchantManagement merchants, Categories categories,
			NationalLineSuggestions nationalLines, DeliveryMarkets deliveryMarkets, CountryNames countryNames,
			Refusals refusals) {
		this.products = products;
		this.merchants = merchants;
		this.categories = categories;
		this.nationalLines = nationalLines;
		this.deliveryMarkets = deliveryMarkets;
		this.countryNames = countryNames;
		this.refusals = refusals;
	}

	/**
	 * The submitted fields, the markets ticked one by one joined into one list as the API
	 * writes them.
	 */
	private static Form submitted(MultiValueMap<String, String> fields) {
		MultiValueMap<String, String> joined = new LinkedMultiValueMap<>(fields);
		List<String> markets = fields.get("markets");
		if (markets != null) {
			joined.put("markets", List.of(String.join(",", markets)));
		}
		return Form.of(joined);
	}

	/**
	 * The national lines under the HS code typed, for the markets typed: the editor's
	 * "Suggest national lines" button asks for this fragment (without JavaScript the
	 * button posts the whole form, which comes back with the lines and is not saved).
	 */
	@GetMapping("/merchant/products/national-lines")
	String nationalLines(@RequestParam MultiValueMap<String, String> fields, Locale locale, Model model) {
		Form form = submitted(fields);
		model.addAttribute("form", form);
		model.addAttribute("nationalLines", nationalLines.of(form, locale));
		return "catalog/national-lines :: national-lines";
	}

	@GetMapping("/merchant/products/new")
	String create(@RequestParam(required = false) Long merchantId, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model) {
		Form form = Form.empty().put("status", ProductStatus.ACTIVE).put("defaultLang", "en");
		Long scope = MerchantScope.of(user);
		form.put("merchantId", scope != null ? scope : merchantId);
		return form(form, null, scope, locale, model);
	}

	@PostMapping("/merchant/products")
	String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Form form = submitted(fields);
		Long scope = MerchantScope.of(user);
		if (suggestOnly(form)) {
			return form(form, null, scope, locale, model);
		}
		try {
			long owner = scope != null ? scope : merchantId(form);
			String currency = merchants.merchant(owner).payoutCurrency();
			ProductFormFields.firstVariant(form);
			ProductView created = products.create(owner, ProductFormFields.draft(form, currency));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/merchant/products/" + created.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(reject(form, ex, locale), null, scope, locale, model);
		}
	}

	@GetMapping("/merchant/products/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		Long scope = MerchantScope.of(user);
		ProductView product = products.product(scope, id);
		return form(ProductFormFields.of(product), product, scope, locale, model);
	}

	@PostMapping("/merchant/products/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Long scope = MerchantScope.of(user);
		ProductView product = products.product(scope, id);
		Form form = ProductFormFields.withoutStock(submitted(fields));
		if (suggestOnly(form)) {
			return form(form, product, scope, locale, model);
		}
		try {
			String currency = merchants.merchant(product.merchantId()).payoutCurrency();
			products.replace(scope, id, ProductFormFields.draft(form, currency));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/merchant/products/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(reject(form, ex, locale), product, scope, locale, model);
		}
	}

	/** The form was sent by "Suggest national lines": shown again with them, not saved. */
	private static boolean suggestOnly(Form form) {
		return form.checked("suggestNationalLines");
	}

	private static long merchantId(Form form) {
		String value = form.text("merchantId");
		if (value == null || !value.matches("^[0-9]{1,18}$")) {
			throw new InvalidInputException("merchantId", Reason.of("catalog.problem.chooseMerchant"));
		}
		return Long.parseLong(value);
	}

	private Form reject(Form form, InvalidInputException ex, Locale locale) {
		return form.reject(ex.about(ProductFormFields.field(ex.field(), form)), refusals.say(ex, locale));
	}

	private String form(Form form, ProductView product, @Nullable Long scope, Locale locale, Model model) {
		String lang = locale.getLanguage();
		Long owner = product != null ? Long.valueOf(product.merchantId()) : scope;
		String currency = null;
		if (owner == null && form.text("merchantId") != null && form.text("merchantId").matches("^[0-9]{1,18}$")) {
			owner = Long.parseLong(form.text("merchantId"));
		}
		if (owner != null) {
			try {
				currency = merchants.merchant(owner).payoutCurrency();
			}
			catch (org.twinport.shared.NotFoundException ex) {
				currency = null;
			}
		}
		Map<String, String> categoryOptions = new LinkedHashMap<>();
		for (Categories.Category category : categories.all()) {
			categoryOptions.put(category.code(),
					new LocalizedText(category.names(), "en").in(lang).orElse(category.code()));
		}
		Map<String, String> languageOptions = new LinkedHashMap<>();
		for (String code : ProductFormFields.languages(form)) {
			languageOptions.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale));
		}
		model.addAttribute("form", form);
		model.addAttribute("product", product);
		model.addAttribute("currency", currency);
		model.addAttribute("languages", languageOptions);
		model.addAttribute("moreLanguagesOpen", languageOptions.keySet()
			.stream()
			.skip(2)
			.anyMatch(code -> form.text("texts." + code + ".title") != null
					|| form.text("texts." + code + ".description") != null
					|| form.getErrors().keySet().stream().anyMatch(field -> field.startsWith("texts." + code + "."))));
		model.addAttribute("categories", categoryOptions);
		model.addAttribute("statuses", List.of(ProductStatus.values()));
		if (scope == null && product == null) {
			Map<String, String> merchantOptions = new LinkedHashMap<>();
			for (MerchantView merchant : merchants.merchants()) {
				merchantOptions.put(Long.toString(merchant.id()),
						new LocalizedText(merchant.displayNames(), "en").in(lang).orElse(merchant.code()) + " ("
								+ merchant.payoutCurrency() + ")");
			}
			model.addAttribute("merchants", merchantOptions);
		}
		model.addAttribute("countries", countries(locale));
		model.addAttribute("markets", markets(form, locale));
		model.addAttribute("nationalLines", nationalLines.of(form, locale));
		model.addAttribute("marketPriceRows", form.rowCount("marketPrices") + SPARE_ROWS);
		model.addAttribute("variantRows", form.rowCount("variants") + SPARE_ROWS);
		return "catalog/product-form";
	}

	private Map<String, String> countries(Locale locale) {
		Map<String, String> countries = new LinkedHashMap<>();
		countryNames.options(locale).forEach(choice -> countries.put(choice.code(), choice.label()));
		return countries;
	}

	/**
	 * The markets to tick: those the platform delivers to, and any other the product is
	 * offered in already (written through the API), so that saving keeps it.
	 */
	private List<Choice> markets(Form form, Locale locale) {
		Set<String> codes = new LinkedHashSet<>(deliveryMarkets.countries());
		form.list("markets").forEach(code -> codes.add(code.toUpperCase(Locale.ROOT)));
		List<Choice> markets = new ArrayList<>();
		codes.forEach(code -> markets.add(new Choice(code, countryNames.name(code, locale))));
		markets.sort(java.util.Comparator.comparing(Choice::label, java.text.Collator.getInstance(locale)));
		return markets;
	}

}

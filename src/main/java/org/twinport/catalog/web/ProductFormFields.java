package org.twinport.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductStatus;
import org.twinport.catalog.ProductView;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.web.Form;
import org.twinport.shared.Reason;
import org.twinport.shared.CountryCode;

/**
 * The merchant's product form, field by field as the API's JSON names them
 * ({@code texts.ja.title}, {@code variants[0].sku}), converted to a {@link ProductDraft}
 * and back. The catalog checks the draft; what is checked here is only what a form can
 * get wrong that JSON cannot (a number typed as text, a market price row without its
 * country).
 */
final class ProductFormFields {

	/** The languages a product's texts can be written in on the form. */
	static final List<String> LANGUAGES = List.of("en", "zh", "ja", "ko", "ru", "fi", "de");

	private static final Pattern TEXT_FIELD = Pattern.compile("^texts\\.([a-z]{2,3})\\.(title|description)$");

	/** A national code chosen for a destination country: {@code nationalCodes.US}. */
	static final Pattern NATIONAL_CODE_FIELD = Pattern.compile("^nationalCodes\\.([A-Z]{2})$");

	private static final Reason STOCK_REQUIRED = Reason.of("product.form.error.stock");

	private ProductFormFields() {
	}

	static Form of(ProductView p) {
		Form form = Form.empty()
			.put("sku", p.sku())
			.put("categoryCode", p.categoryCode())
			.put("defaultLang", p.defaultLang())
			.put("attributes", pairs(p.attributes()))
			.put("hsCode", p.hsCode())
			.put("originCountry", p.originCountry())
			.put("weightGrams", p.weightGrams())
			.put("basePrice", p.basePrice().amount().toPlainString())
			.put("status", p.status())
			.put("markets", p.markets());
		if (p.dimensions() != null) {
			form.put("dimensions.lengthMm", p.dimensions().lengthMm())
				.put("dimensions.widthMm", p.dimensions().widthMm())
				.put("dimensions.heightMm", p.dimensions().heightMm());
		}
		p.nationalCodes().forEach((country, code) -> form.put("nationalCodes." + country, code));
		p.texts()
			.forEach((lang, text) -> form.put("texts." + lang + ".title", text.title())
				.put("texts." + lang + ".description", text.description()));
		int i = 0;
		for (Map.Entry<String, Money> price : p.marketPrices().entrySet()) {
			form.put("marketPrices[" + i + "].country", price.getKey())
				.put("marketPrices[" + i++ + "].amount", price.getValue().amount().toPlainString());
		}
		for (int v = 0; v < p.variants().size(); v++) {
			ProductView.Variant variant = p.variants().get(v);
			String at = "variants[" + v + "].";
			form.put(at + "sku", variant.sku())
				.put(at + "options", pairs(variant.options()))
				.put(at + "price", variant.price() == null ? null : variant.price().amount().toPlainString())
				.put(at + "weightGrams", variant.weightGrams());
		}
		return form;
	}

	/** The draft the form describes, in the merchant's currency. */
	static ProductDraft draft(Form form, String currency) {
		Map<String, ProductDraft.Text> texts = new LinkedHashMap<>();
		for (String lang : languages(form)) {
			String title = form.text("texts." + lang + ".title");
			String description = form.text("texts." + lang + ".description");
			if (title == null && description != null) {
				throw new InvalidInputException("texts." + lang + ".title", Reason.of("catalog.problem.titleWithDescription"));
			}
			if (title != null) {
				texts.put(lang, new ProductDraft.Text(title, description == null ? "" : description));
			}
		}
		String origin = form.text("originCountry");
		Money basePrice = money(form, "basePrice", currency);
		if (basePrice == null) {
			throw new InvalidInputException("basePrice", Reason.of("problem.required"));
		}
		int rows = form.compactRows("marketPrices");
		Map<String, Money> marketPrices = new LinkedHashMap<>();
		for (int i = 0; i < rows; i++) {
			String country = form.text("marketPrices[" + i + "].country");
			country = CountryCode.of("marketPrices[" + i + "].country",
					country == null ? null : country.toUpperCase(Locale.ROOT)).value();
			Money price = money(form, "marketPrices[" + i + "].amount", currency);
			if (price == null) {
				throw new InvalidInputException("marketPrices[" + i + "].amount", Reason.of("problem.required"));
			}
			if (marketPrices.put(country.toUpperCase(Locale.ROOT), price) != null) {
				throw new InvalidInputException("marketPrices[" + i + "].country", Reason.of("catalog.problem.repeated"));
			}
		}
		int variantRows = form.compactRows("variants");
		List<ProductDraft.VariantDraft> variants = new ArrayList<>();
		for (int i = 0; i < variantRows; i++) {
			String at = "variants[" + i + "].";
			variants.add(new ProductDraft.VariantDraft(form.text(at + "sku"), pairs(form, at + "options"),
					money(form, at + "price", currency), integer(form, at + "weightGrams"), integer(form, at + "onHand")));
		}
		String lang = form.text("defaultLang");
		return new ProductDraft(form.text("sku"), form.text("categoryCode"), lang, texts, pairs(form, "attributes"),
				form.text("hsCode"), origin == null ? null : origin.toUpperCase(Locale.ROOT),
				integer(form, "weightGrams"),
				new ProductDraft.Dimensions(integer(form, "dimensions.lengthMm"), integer(form, "dimensions.widthMm"),
						integer(form, "dimensions.heightMm")),
				basePrice, form.choice("status", ProductStatus.class),
				form.list("markets").stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(), marketPrices, variants,
				nationalCodes(form));
	}

	/**
	 * What a new product needs to be sold: a variant with the units on hand. A variant
	 * row left without a SKU takes the product's (the first) or the product's with its
	 * number.
	 */
	static void firstVariant(Form form) {
		int rows = form.compactRows("variants");
		if (rows == 0) {
			throw new InvalidInputException("variants[0].onHand", STOCK_REQUIRED);
		}
		for (int i = 0; i < rows; i++) {
			String at = "variants[" + i + "].";
			if (form.text(at + "onHand") == null) {
				throw new InvalidInputException(at + "onHand", STOCK_REQUIRED);
			}
			if (form.text(at + "sku") == null && form.text("sku") != null) {
				form.put(at + "sku", i == 0 ? form.text("sku") : form.text("sku") + "-" + (i + 1));
			}
		}
	}

	/**
	 * Leaves out stock typed with variants: a product's stock is kept per warehouse on its
	 * page once it exists, so the edit form does not carry it.
	 */
	static Form withoutStock(Form form) {
		form.getValues().keySet().removeIf(field -> field.matches("^variants\\[\\d+]\\.onHand$"));
		return form;
	}

	/** The national codes chosen on the form, by destination country; "none" is left out. */
	static Map<String, String> nationalCodes(Form form) {
		Map<String, String> codes = new LinkedHashMap<>();
		form.getValues().forEach((field, value) -> {
			Matcher matcher = NATIONAL_CODE_FIELD.matcher(field);
			if (matcher.matches() && value != null && !value.isBlank()) {
				codes.put(matcher.group(1), value.strip());
			}
		});
		return codes;
	}

	/**
	 * The form's languages, then any other language the form holds a text field for (a
	 * product written through the API or an import in, say, French keeps its French).
	 */
	static java.util.Set<String> languages(Form form) {
		java.util.Set<String> languages = new java.util.LinkedHashSet<>(LANGUAGES);
		for (String field : form.getValues().keySet()) {
			Matcher matcher = TEXT_FIELD.matcher(field);
			if (matcher.matches()) {
				languages.add(matcher.group(1));
			}
		}
		return languages;
	}

	/**
	 * The form field a catalog error belongs beside: the catalog names market prices by
	 * country and a group of texts by its name, the form by row and by field.
	 */
	static String field(String catalogField, Form form) {
		if (catalogField == null) {
			return "form";
		}
		if (catalogField.equals("texts")) {
			return "texts.en.title";
		}
		if (catalogField.startsWith("basePrice")) {
			return "basePrice";
		}
		if (catalogField.startsWith("marketPrices.")) {
			String country = catalogField.split("\\.")[1];
			for (int i = 0; i < form.rowCount("marketPrices"); i++) {
				if (country.equalsIgnoreCase(form.text("marketPrices[" + i + "].country"))) {
					return "marketPrices[" + i + "].amount";
				}
			}
		}
		if (catalogField.matches("^variants\\[\\d+]\\.price\\.currency$")) {
			return catalogField.substring(0, catalogField.length() - ".currency".length());
		}
		return catalogField;
	}

	private static Money money(Form form, String field, String currency) {
		String amount = form.text(field);
		try {
			return amount == null ? null : Money.parse(amount.replace(" ", ""), currency, field);
		}
		catch (InvalidInputException ex) {
			throw ex.about(field);
		}
	}

	private static Integer integer(Form form, String field) {
		BigDecimal number = form.number(field);
		if (number == null) {
			return null;
		}
		try {
			return number.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new InvalidInputException(field, Reason.of("catalog.problem.wholeNumber"));
		}
	}

	/** "size: L; colour: red" as a map; blank gives an empty map. */
	private static Map<String, String> pairs(Form form, String field) {
		Map<String, String> pairs = new LinkedHashMap<>();
		String text = form.text(field);
		if (text == null) {
			return pairs;
		}
		for (String entry : text.split(";")) {
			if (entry.isBlank()) {
				continue;
			}
			int colon = entry.indexOf(':');
			if (colon < 1 || entry.substring(colon + 1).isBlank()) {
				throw new InvalidInputException(field,
						Reason.of("catalog.problem.pairs"));
			}
			pairs.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
		}
		return pairs;
	}

	private static String pairs(Map<String, String> pairs) {
		return pairs == null ? ""
				: String.join("; ", pairs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
	}

}

package org.twinport.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.twinport.catalog.ProductDraft;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;
import org.twinport.shared.HsCode;

/** The rules a product must meet before it is stored, each failure naming its field. */
final class ProductDraftRules {

	// Compiled once: a bulk import checks millions of values.
	private static final Pattern SKU = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");

	private static final Pattern LANG = Pattern.compile("^[a-z]{2,3}$");

	private ProductDraftRules() {
	}

	static void check(ProductDraft draft, String merchantCurrency) {
		if (draft == null) {
			throw new InvalidInputException("body", Reason.of("problem.required"));
		}
		sku(draft.sku(), "sku");
		if (!HsCode.isClassification(draft.hsCode())) {
			throw new InvalidInputException("hsCode", Reason.of("catalog.problem.hsCode"));
		}
		Countries.checked(draft.originCountry(), "originCountry");
		if (draft.texts() == null || draft.texts().isEmpty()) {
			throw new InvalidInputException("texts", Reason.of("catalog.problem.needsTitle"));
		}
		draft.texts().forEach((lang, text) -> {
			if (!LANG.matcher(lang).matches()) {
				throw new InvalidInputException("texts", Reason.of("catalog.problem.textLanguages"));
			}
			if (text == null || text.title() == null || text.title().isBlank() || text.title().length() > 300) {
				throw new InvalidInputException("texts." + lang + ".title", Reason.of("catalog.problem.titleRequired"));
			}
		});
		if (draft.defaultLang() != null && !draft.texts().containsKey(draft.defaultLang())) {
			throw new InvalidInputException("defaultLang", Reason.of("catalog.problem.defaultLang"));
		}
		notNegative(draft.weightGrams(), "weightGrams");
		if (draft.dimensions() != null) {
			notNegative(draft.dimensions().lengthMm(), "dimensions.lengthMm");
			notNegative(draft.dimensions().widthMm(), "dimensions.widthMm");
			notNegative(draft.dimensions().heightMm(), "dimensions.heightMm");
		}
		price(draft.basePrice(), merchantCurrency, "basePrice");
		if (draft.basePrice() == null) {
			throw new InvalidInputException("basePrice", Reason.of("problem.required"));
		}
		for (String market : markets(draft)) {
			Countries.checked(market, "markets");
		}
		if (draft.marketPrices() != null) {
			draft.marketPrices().forEach((country, money) -> {
				Countries.checked(country, "marketPrices");
				price(money, merchantCurrency, "marketPrices." + country);
			});
		}
		Set<String> skus = new HashSet<>();
		List<ProductDraft.VariantDraft> variants = draft.variants() == null ? List.of() : draft.variants();
		for (int i = 0; i < variants.size(); i++) {
			ProductDraft.VariantDraft variant = variants.get(i);
			sku(variant.sku(), "variants[" + i + "].sku");
			if (!skus.add(variant.sku())) {
				throw new InvalidInputException("variants[" + i + "].sku", Reason.of("catalog.problem.repeated"));
			}
			price(variant.price(), merchantCurrency, "variants[" + i + "].price");
			notNegative(variant.weightGrams(), "variants[" + i + "].weightGrams");
			notNegative(variant.onHand(), "variants[" + i + "].onHand");
		}
	}

	static List<String> markets(ProductDraft draft) {
		return draft.markets() == null ? List.of()
				: draft.markets().stream().map(m -> m == null ? "" : m.toUpperCase()).distinct().toList();
	}

	static Map<String, String> attributes(ProductDraft draft) {
		return draft.attributes() == null ? Map.of() : draft.attributes();
	}

	private static void sku(String sku, String field) {
		if (sku == null || !SKU.matcher(sku).matches()) {
			throw new InvalidInputException(field, Reason.of("catalog.problem.sku"));
		}
	}

	private static void price(Money money, String merchantCurrency, String field) {
		if (money == null) {
			return;
		}
		Money.parse(money.amount().toPlainString(), money.currency(), field);
		if (!money.currency().equals(merchantCurrency)) {
			throw new InvalidInputException(field + ".currency",
					Reason.of("catalog.problem.merchantCurrency", merchantCurrency));
		}
	}

	private static void notNegative(Integer value, String field) {
		if (value != null && value < 0) {
			throw new InvalidInputException(field, Reason.of("problem.negative"));
		}
	}

}

package org.twinport.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductStatus;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;

/**
 * Maps the rows of one Handle (Shopify layout plus Twinport columns) to a product draft,
 * and back.
 */
final class ShopifyColumns {

	static final List<String> EXPORT_HEADER = List.of("Handle", "Title", "Body (HTML)", "Vendor", "Option1 Name",
			"Option1 Value", "Variant SKU", "Variant Grams", "Variant Price", "Status", "HS Code", "Origin Country",
			"Markets", "Category", "Default Language", "Title (zh)", "Body (zh)", "Title (ja)", "Title (ko)",
			"Title (ru)", "Title (fi)", "Title (de)");

	private final Map<String, Integer> index = new HashMap<>();

	ShopifyColumns(List<String> header) {
		for (int i = 0; i < header.size(); i++) {
			index.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		for (String required : List.of("handle", "title", "variant price", "hs code", "origin country")) {
			if (!index.containsKey(required)) {
				throw new InvalidInputException("csv", Reason.of("catalog.problem.importHeaderColumn", required));
			}
		}
	}

	boolean has(String column) {
		return index.containsKey(column.toLowerCase(Locale.ROOT));
	}

	String get(List<String> row, String column) {
		Integer i = index.get(column.toLowerCase(Locale.ROOT));
		return i == null || i >= row.size() ? "" : row.get(i).strip();
	}

	ProductDraft draft(List<List<String>> rows, String currency) {
		List<String> first = rows.get(0);
		Map<String, ProductDraft.Text> texts = new LinkedHashMap<>();
		String defaultLang = orDefault(get(first, "Default Language"), "en");
		texts.put(defaultLang, new ProductDraft.Text(get(first, "Title"), get(first, "Body (HTML)")));
		for (String column : index.keySet()) {
			if (column.startsWith("title (") && column.endsWith(")")) {
				String lang = column.substring(7, column.length() - 1);
				String title = get(first, column);
				if (!title.isEmpty()) {
					texts.put(lang, new ProductDraft.Text(title, get(first, "Body (" + lang + ")")));
				}
			}
		}
		String price = get(first, "Variant Price");
		List<ProductDraft.VariantDraft> variants = new ArrayList<>();
		for (List<String> row : rows) {
			String sku = get(row, "Variant SKU");
			if (sku.isEmpty()) {
				continue;
			}
			Map<String, String> options = new LinkedHashMap<>();
			if (!get(row, "Option1 Value").isEmpty()) {
				options.put(orDefault(get(first, "Option1 Name"), "Option"), get(row, "Option1 Value"));
			}
			String variantPrice = get(row, "Variant Price");
			variants
				.add(new ProductDraft.VariantDraft(sku, options,
						variantPrice.isEmpty() || variantPrice.equals(price) ? null
								: Money.parse(variantPrice, currency, "Variant Price"),
						grams(get(row, "Variant Grams")), quantity(get(row, "Variant Inventory Qty"))));
		}
		String status = get(first, "Status").toUpperCase(Locale.ROOT);
		List<String> markets = get(first, "Markets").isEmpty() ? List.of()
				: Arrays.stream(get(first, "Markets").split("[ ;|]+")).filter(m -> !m.isBlank()).toList();
		return new ProductDraft(get(first, "Handle"), emptyToNull(get(first, "Category")), defaultLang, texts,
				Map.of("vendor", get(first, "Vendor")), get(first, "HS Code"), get(first, "Origin Country"),
				grams(get(first, "Variant Grams")), null, Money.parse(price, currency, "Variant Price"),
				status.isEmpty() ? ProductStatus.ACTIVE
						: ProductStatus.valueOf(
								status.equals("ACTIVE") ? "ACTIVE" : status.equals("ARCHIVED") ? "ARCHIVED" : "DRAFT"),
				markets, Map.of(), variants);
	}

	private static Integer grams(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return (int) Math.round(Double.parseDouble(value));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("Variant Grams", Reason.of("catalog.problem.number"));
		}
	}

	/** Shopify's "Variant Inventory Qty": units on hand; blank leaves the stock as it is. */
	private static Integer quantity(String value) {
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("^[0-9]{1,9}$")) {
			throw new InvalidInputException("Variant Inventory Qty", Reason.of("catalog.problem.stockNumber"));
		}
		return Integer.parseInt(value);
	}

	private static String orDefault(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}

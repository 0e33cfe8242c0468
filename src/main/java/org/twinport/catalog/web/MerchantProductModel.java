package org.twinport.catalog.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.twinport.catalog.BundleComponent;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.catalog.ProductImages;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.catalog.StockLevel;
import org.twinport.catalog.spi.SaleRestrictions;
import org.twinport.shared.LocalizedText;

/**
 * What the merchant's product page shows: the product, its stock per warehouse, its
 * bundles, images and sale restrictions. {@link MerchantPages} shows it, and each of the
 * page's forms shows it again with its refusal beside the field.
 */
@Component
class MerchantProductModel {

	static final String VIEW = "catalog/product";

	private final ProductManagement products;

	private final MerchantManagement merchants;

	private final ProductImages images;

	private final ObjectProvider<SaleRestrictions> restrictions;

	MerchantProductModel(ProductManagement products, MerchantManagement merchants, ProductImages images,
			ObjectProvider<SaleRestrictions> restrictions) {
		this.products = products;
		this.merchants = merchants;
		this.images = images;
		this.restrictions = restrictions;
	}

	/** Titles in the reader's language, for the templates. */
	record Row(ProductView product, String title) {
	}

	/** One variant in one of the merchant's warehouses, stocked or not yet. */
	record StockCell(long variantId, String variantSku, String warehouseCode, String warehouseKind, int onHand,
			int reserved) {

		public int available() {
			return onHand - reserved;
		}

	}

	/**
	 * Fills the model with the product page of a product in the scope.
	 * @return the template
	 */
	String show(@Nullable Long scope, long id, Locale locale, Model model) {
		ProductView product = products.product(scope, id);
		model.addAttribute("row", new Row(product, title(product, locale)));
		MerchantView merchant = merchants.merchant(product.merchantId());
		List<StockCell> stock = grid(product, merchant, products.stock(scope, id));
		model.addAttribute("stock", stock);
		model.addAttribute("merchant", merchant);
		model.addAttribute("images", images.images(scope, id));
		Map<Long, List<BundleComponent>> components = products.bundles(scope, id);
		Map<Long, String> bundles = new LinkedHashMap<>();
		product.variants()
			.forEach(v -> bundles.put(v.id(),
					String.join("\n",
							components.getOrDefault(v.id(), List.of())
								.stream()
								.map(c -> c.sku() + " " + c.quantity())
								.toList())));
		model.addAttribute("bundles", bundles);
		model.addAttribute("stocked",
				stock.stream().anyMatch(cell -> cell.onHand() > 0) || !components.isEmpty());
		model.addAttribute("restrictions", restrictions.stream()
			.flatMap(r -> r.restrictions(product.hsCode(), product.originCountry(), product.markets(),
					LocalDate.now(ZoneOffset.UTC), locale)
				.stream())
			.toList());
		return VIEW;
	}

	/**
	 * Every variant in every warehouse of the merchant, so that new stock can be entered.
	 */
	private static List<StockCell> grid(ProductView product, MerchantView merchant, List<StockLevel> levels) {
		Map<String, StockLevel> known = new LinkedHashMap<>();
		levels.forEach(level -> known.put(level.variantId() + "/" + level.warehouseCode(), level));
		List<StockCell> cells = new ArrayList<>();
		for (ProductView.Variant variant : product.variants()) {
			for (MerchantView.Warehouse warehouse : merchant.warehouses()) {
				StockLevel level = known.get(variant.id() + "/" + warehouse.code());
				cells.add(new StockCell(variant.id(), variant.sku(), warehouse.code(), warehouse.kind(),
						level == null ? 0 : level.onHand(), level == null ? 0 : level.reserved()));
			}
		}
		return cells;
	}

	static String title(ProductView product, Locale locale) {
		Map<String, String> titles = new LinkedHashMap<>();
		product.texts().forEach((lang, text) -> titles.put(lang, text.title()));
		return new LocalizedText(titles, product.defaultLang()).in(locale.getLanguage()).orElse(product.sku());
	}

}

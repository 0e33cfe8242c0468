package org.twinport.catalog.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.ProductImport;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.web.MerchantProductModel.Row;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.LocalizedText;

/**
 * A merchant's products: the list and one product's page. Its forms post to
 * {@link StockForm}, {@link WarehouseForm}, {@link BundleForm} and
 * {@link MerchantImagePages}. A merchant reaches only its own (another's is not found),
 * ADMIN all.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class MerchantPages {

	private final ProductManagement products;

	private final MerchantManagement merchants;

	private final ProductImport imports;

	private final MerchantProductModel productPage;

	MerchantPages(ProductManagement products, MerchantManagement merchants, ProductImport imports,
			MerchantProductModel productPage) {
		this.products = products;
		this.merchants = merchants;
		this.imports = imports;
		this.productPage = productPage;
	}

	@GetMapping("/merchant/products")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal TwinportUser user, Locale locale,
			Model model) {
		Long scope = MerchantScope.of(user);
		var result = products.products(scope, Math.max(0, page), 100)
			.map(p -> new Row(p, MerchantProductModel.title(p, locale)));
		model.addAttribute("result", result);
		model.addAttribute("imports", imports.recent(scope, 5));
		if (scope == null) {
			// ADMIN sees every merchant's products: say whose each one is
			Map<Long, String> names = new LinkedHashMap<>();
			merchants.merchants()
				.forEach(m -> names.put(m.id(),
						new LocalizedText(m.displayNames(), "en").in(locale.getLanguage()).orElse(m.code())));
			model.addAttribute("merchantNames", names);
		}
		return "catalog/products";
	}

	@GetMapping("/merchant/products/{id}")
	String product(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		return productPage.show(MerchantScope.of(user), id, locale, model);
	}

}

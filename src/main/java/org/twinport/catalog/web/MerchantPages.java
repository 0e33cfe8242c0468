package org.twinport.catalog.web;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LocalizedText;

@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class MerchantPages {

	private final ProductManagement products;

	MerchantPages(ProductManagement products) {
		this.products = products;
	}

	/** Titles in the reader's language, for the templates. */
	record Row(ProductView product, String title) {
	}

	@GetMapping("/merchant/products")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal TwinportUser user, Locale locale,
			Model model) {
		var result = products.products(MerchantScope.of(user), Math.max(0, page), 100)
			.map(p -> new Row(p, title(p, locale)));
		model.addAttribute("result", result);
		return "catalog/products";
	}

	@GetMapping("/merchant/products/{id}")
	String product(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		Long scope = MerchantScope.of(user);
		ProductView product = products.product(scope, id);
		model.addAttribute("row", new Row(product, title(product, locale)));
		model.addAttribute("stock", products.stock(scope, id));
		return "catalog/product";
	}

	@PostMapping("/merchant/products/{id}/stock")
	String setStock(@PathVariable long id, @RequestParam long variantId, @RequestParam String warehouse,
			@RequestParam int onHand, @AuthenticationPrincipal TwinportUser user, Model model) {
		Long scope = MerchantScope.of(user);
		products.product(scope, id);
		if (products.product(scope, id).variants().stream().noneMatch(v -> v.id() == variantId)) {
			throw new InvalidInputException("variantId", "is not a variant of this product");
		}
		products.setOnHand(scope, variantId, warehouse, onHand);
		return "redirect:/merchant/products/" + id;
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(org.twinport.shared.NotFoundException.class)
	void notFound(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.sendError(404);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(InvalidInputException.class)
	void invalid(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.sendError(400);
	}

	private static String title(ProductView product, Locale locale) {
		java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
		product.texts().forEach((lang, text) -> titles.put(lang, text.title()));
		return new LocalizedText(titles, product.defaultLang()).in(locale.getLanguage()).orElse(product.sku());
	}

}

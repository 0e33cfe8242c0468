package org.twinport.catalog.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.Refusals;

/** Adds a warehouse to the merchant of the product page it is on. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class WarehouseForm {

	/** The labels of the form's fields, to say which one a refusal is about. */
	private static final Map<String, String> LABELS = Map.of("code", "product.warehouse.code", "kind",
			"product.warehouse.kind", "countryCode", "product.warehouse.country");

	private final ProductManagement products;

	private final MerchantManagement merchants;

	private final MerchantProductModel productPage;

	private final Refusals refusals;

	private final MessageSource messages;

	WarehouseForm(ProductManagement products, MerchantManagement merchants, MerchantProductModel productPage,
			Refusals refusals, MessageSource messages) {
		this.products = products;
		this.merchants = merchants;
		this.productPage = productPage;
		this.refusals = refusals;
		this.messages = messages;
	}

	@PostMapping("/merchant/products/{id}/warehouses")
	String addWarehouse(@PathVariable long id, @RequestParam(required = false) String code,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String countryCode,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Long scope = MerchantScope.of(user);
		ProductView product = products.product(scope, id);
		try {
			merchants.addWarehouse(product.merchantId(), code == null ? null : code.strip(), kind,
					countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("warehouseError",
					messages.getMessage(LABELS.getOrDefault(ex.field(), "product.warehouse.add"), null, locale) + ": "
							+ refusals.say(ex, locale));
			return productPage.show(scope, id, locale, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
	}

}

package org.twinport.catalog.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.web.Refusals;

/** The stock grid of the merchant's product page: units on hand of a variant in a warehouse. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class StockForm {

	private final ProductManagement products;

	private final MerchantProductModel productPage;

	private final Refusals refusals;

	StockForm(ProductManagement products, MerchantProductModel productPage, Refusals refusals) {
		this.products = products;
		this.productPage = productPage;
		this.refusals = refusals;
	}

	@PostMapping("/merchant/products/{id}/stock")
	String setStock(@PathVariable long id, @RequestParam(required = false) Long variantId,
			@RequestParam(required = false) String warehouse, @RequestParam(required = false) String onHand,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Long scope = MerchantScope.of(user);
		ProductView product = products.product(scope, id);
		try {
			if (variantId == null || product.variants().stream().noneMatch(v -> v.id() == variantId)) {
				throw new InvalidInputException("variantId", Reason.of("catalog.problem.notThisProductsVariant"));
			}
			if (onHand == null || !onHand.strip().matches("^[0-9]{1,9}$")) {
				throw new InvalidInputException("onHand", Reason.of("catalog.problem.stockNumber"));
			}
			products.setOnHand(scope, variantId, warehouse, Integer.parseInt(onHand.strip()));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("stockError", refusals.say(ex, locale));
			model.addAttribute("stockErrorCell", variantId + "-" + warehouse);
			return productPage.show(scope, id, locale, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
	}

}

package org.twinport.ordering.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.Offers;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductStatus;
import org.twinport.catalog.ProductView;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.internal.Markets;
import org.twinport.shared.NotFoundException;

/**
 * A product as a buyer sees it in the marketplace, with its variants' prices for the
 * chosen market and an "Add to cart" form. A signed-in buyer adds to the account's cart;
 * a visitor's browser keeps the lines in the cart cookie, which joins the account's cart
 * on sign-in.
 */
@Controller
class ProductPages {

	private final ProductManagement products;

	private final MerchantManagement merchants;

	private final Offers offers;

	private final Markets markets;

	ProductPages(ProductManagement products, MerchantManagement merchants, Offers offers, Markets markets) {
		this.products = products;
		this.merchants = merchants;
		this.offers = offers;
		this.markets = markets;
	}

	record VariantOffer(long id, String sku, String options, String price, boolean sellable) {
	}

	@GetMapping("/marketplace/products/{id}")
	String product(@PathVariable long id, @RequestParam(required = false) String market,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		ProductView product = products.product(null, id);
		if (product.status() != ProductStatus.ACTIVE) {
			throw new NotFoundException("There is no product " + id + ".");
		}
		List<String> countries = markets.countries();
		String chosen = market != null && countries.contains(market) ? market
				: product.markets().stream().filter(countries::contains).findFirst().orElse(countries.get(0));
		Map<Long, Offers.Offer> found = offers.offers(product.variants().stream().map(ProductView.Variant::id).toList(),
				chosen);
		List<VariantOffer> variants = product.variants().stream().map(v -> {
			Offers.Offer offer = found.get(v.id());
			String options = v.options() == null || v.options().isEmpty() ? v.sku() : String.join(", ",
					v.options().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
			return new VariantOffer(v.id(), v.sku(), options,
					offer == null ? null : offer.unitPrice().rounded().toString(), offer != null && offer.sellable());
		}).toList();
		ProductDraft.Text text = text(product, locale.getLanguage());
		model.addAttribute("product", product);
		model.addAttribute("productTitle", text == null ? product.sku() : text.title());
		model.addAttribute("description", text == null ? null : text.description());
		model.addAttribute("merchant", merchants.merchant(product.merchantId()).displayNames());
		model.addAttribute("variants", variants);
		model.addAttribute("market", chosen);
		model.addAttribute("markets", countries);
		model.addAttribute("anySellable", variants.stream().anyMatch(VariantOffer::sellable));
		model.addAttribute("buyer", user != null && user.is(Role.BUYER));
		model.addAttribute("anonymous", user == null);
		return "ordering/product";
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(404);
	}

	private static ProductDraft.Text text(ProductView product, String language) {
		Map<String, ProductDraft.Text> texts = product.texts();
		if (texts == null || texts.isEmpty()) {
			return null;
		}
		ProductDraft.Text text = texts.get(language);
		if (text == null) {
			text = texts.get(product.defaultLang());
		}
		return text != null ? text : texts.values().iterator().next();
	}

}

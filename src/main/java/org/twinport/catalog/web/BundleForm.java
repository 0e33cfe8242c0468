package org.twinport.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.twinport.catalog.BundleComponent;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.web.Refusals;

/**
 * A variant's bundle components as the merchant types them on the product page, one per
 * line: a SKU of the merchant's and the units that go into one bundle ("ROSE-50G 2");
 * empty makes the variant plain again.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class BundleForm {

	private static final Pattern COMPONENT_FIELD = Pattern.compile("^components\\[(\\d+)]");

	private final ProductManagement products;

	private final MerchantProductModel productPage;

	private final Refusals refusals;

	private final MessageSource messages;

	BundleForm(ProductManagement products, MerchantProductModel productPage, Refusals refusals,
			MessageSource messages) {
		this.products = products;
		this.productPage = productPage;
		this.refusals = refusals;
		this.messages = messages;
	}

	@PostMapping("/merchant/products/{id}/bundles")
	String setBundle(@PathVariable long id, @RequestParam(required = false) Long variantId,
			@RequestParam(required = false) String components, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long scope = MerchantScope.of(user);
		ProductView product = products.product(scope, id);
		List<Integer> lineNumbers = new ArrayList<>();
		try {
			if (variantId == null || product.variants().stream().noneMatch(v -> v.id() == variantId)) {
				throw new InvalidInputException("variantId", Reason.of("catalog.problem.notThisProductsVariant"));
			}
			List<BundleComponent> parsed = new ArrayList<>();
			String[] lines = components == null ? new String[0] : components.strip().split("\\R");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].strip();
				if (line.isEmpty()) {
					continue;
				}
				String[] parts = line.split("\\s+");
				if (parts.length != 2 || !parts[1].matches("^[0-9]{1,2}$")) {
					throw new InvalidInputException("components",
							Reason.of("catalog.problem.bundleLine", Integer.toString(i + 1)));
				}
				parsed.add(new BundleComponent(0, parts[0], Integer.parseInt(parts[1])));
				lineNumbers.add(i + 1);
			}
			products.setComponents(scope, variantId, parsed);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Matcher component = COMPONENT_FIELD.matcher(ex.field());
			int index = component.find() ? Integer.parseInt(component.group(1)) : -1;
			String said = refusals.say(ex, locale);
			model.addAttribute("bundleError", index >= 0 && index < lineNumbers.size()
					? messages.getMessage("product.bundle.lineError",
							new Object[] { Integer.toString(lineNumbers.get(index)), said }, locale)
					: said);
			model.addAttribute("bundleErrorVariant", variantId);
			String page = productPage.show(scope, id, locale, model);
			if (variantId != null && components != null) {
				// the merchant's lines as typed, to correct them
				@SuppressWarnings("unchecked")
				Map<Long, String> bundles = (Map<Long, String>) model.getAttribute("bundles");
				bundles.put(variantId, components);
			}
			return page;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
	}

}

package org.twinport.catalog.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.catalog.BundleComponent;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.catalog.ProductImages;
import org.twinport.catalog.ProductImport;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.catalog.StockLevel;
import org.twinport.catalog.spi.SaleRestrictions;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LocalizedText;
import org.twinport.shared.web.Refusals;
import org.twinport.shared.Reason;

/**
 * A merchant's products: the list, one product with its stock per warehouse and its
 * images. A merchant reaches only its own (another's is not found), ADMIN all.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class MerchantPages {

	private final ProductManagement products;

	private final MerchantManagement merchants;

	private final ProductImages images;

	private final ProductImport imports;

	private final ObjectProvider<SaleRestrictions> restrictions;

	private final Refusals refusals;

	private final MessageSource messages;

	MerchantPages(ProductManagement products, MerchantManagement merchants, ProductImages images,
			ProductImport imports, ObjectProvider<SaleRestrictions> restrictions, Refusals refusals,
			MessageSource messages) {
		this.restrictions = restrictions;
		this.refusals = refusals;
		this.messages = messages;
		this.products = products;
		this.merchants = merchants;
		this.images = images;
		this.imports = imports;
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

	@GetMapping("/merchant/products")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal TwinportUser user, Locale locale,
			Model model) {
		Long scope = MerchantScope.of(user);
		var result = products.products(scope, Math.max(0, page), 100).map(p -> new Row(p, title(p, locale)));
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
		Long scope = MerchantScope.of(user);
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
		return "catalog/product";
	}

	/** The labels of the warehouse form's fields, to say which one a refusal is about. */
	private static final Map<String, String> WAREHOUSE_LABELS = Map.of("code", "product.warehouse.code", "kind",
			"product.warehouse.kind", "countryCode", "product.warehouse.country");

	private static final Pattern COMPONENT_FIELD = Pattern.compile("^components\\[(\\d+)]");

	/**
	 * A variant's bundle components as the merchant types them, one per line: a SKU of
	 * the merchant's and the units that go into one bundle ("ROSE-50G 2"); empty makes
	 * the variant plain again.
	 */
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
			String page = product(id, user, locale, model);
			if (variantId != null && components != null) {
				@SuppressWarnings("unchecked")
				Map<Long, String> bundles = (Map<Long, String>) model.getAttribute("bundles");
				bundles.put(variantId, components);
			}
			return page;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
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
			return product(id, user, locale, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
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
					messages.getMessage(WAREHOUSE_LABELS.getOrDefault(ex.field(), "product.warehouse.add"), null, locale)
							+ ": " + refusals.say(ex, locale));
			return product(id, user, locale, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
	}

	@PostMapping("/merchant/products/{id}/images")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		Long scope = MerchantScope.of(user);
		products.product(scope, id);
		try {
			images.add(scope, id, file == null ? null : file.getBytes());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("imageError", refusals.say(ex, locale));
			return product(id, user, locale, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
	}

	@PostMapping("/merchant/products/{id}/images/{imageId}/delete")
	String deleteImage(@PathVariable long id, @PathVariable long imageId, @AuthenticationPrincipal TwinportUser user,
			RedirectAttributes redirect) {
		images.delete(MerchantScope.of(user), id, imageId);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
	}

	@GetMapping("/merchant/products/{id}/images/{imageId}")
	ResponseEntity<Resource> image(@PathVariable long id, @PathVariable long imageId,
			@RequestParam(defaultValue = "false") boolean thumbnail, @AuthenticationPrincipal TwinportUser user) {
		return ImagesApi.serve(images.file(MerchantScope.of(user), id, imageId, thumbnail), CacheControl.noStore());
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

	private static String title(ProductView product, Locale locale) {
		Map<String, String> titles = new LinkedHashMap<>();
		product.texts().forEach((lang, text) -> titles.put(lang, text.title()));
		return new LocalizedText(titles, product.defaultLang()).in(locale.getLanguage()).orElse(product.sku());
	}

}

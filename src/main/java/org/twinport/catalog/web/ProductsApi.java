package org.twinport.catalog.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.catalog.BundleComponent;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.catalog.StockLevel;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.PageResult;
import org.twinport.shared.Reason;

@Tag(name = "Catalog: products, variants, prices and stock")
@RestController
@RequestMapping("/api/v1/catalog")
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class ProductsApi {

	private final ProductManagement products;

	ProductsApi(ProductManagement products) {
		this.products = products;
	}

	record OnHand(@NotNull(message = "{problem.required}") @Min(value = 0, message = "{problem.negative}") Integer onHand) {
	}

	record Reservation(
			@NotNull(message = "{problem.required}") @Min(value = 1, message = "{catalog.problem.atLeastOne}") Integer quantity) {
	}

	record Components(List<Component> components) {

		record Component(long variantId, int quantity) {
		}

	}

	@Operation(summary = "The caller's products (ADMIN: all), paged")
	@GetMapping("/products")
	PageResult<ProductView> list(
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{catalog.problem.pageNumber}") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "{catalog.problem.pageSize}") @Max(value = 200,
					message = "{catalog.problem.pageSize}") int size,
			@AuthenticationPrincipal TwinportUser user) {
		return products.products(MerchantScope.of(user), page, size);
	}

	@Operation(summary = "Create a product with its variants, texts and prices (ADMIN names the merchant)")
	@PostMapping("/products")
	@ResponseStatus(HttpStatus.CREATED)
	ProductView create(@RequestBody ProductDraft draft, @RequestParam(required = false) Long merchantId,
			@AuthenticationPrincipal TwinportUser user) {
		Long scope = MerchantScope.of(user);
		long owner;
		if (scope != null) {
			owner = scope;
		}
		else if (merchantId != null) {
			owner = merchantId;
		}
		else {
			throw new InvalidInputException("merchantId", Reason.of("catalog.problem.merchantForAdmin"));
		}
		return products.create(owner, draft);
	}

	@GetMapping("/products/{id}")
	ProductView get(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return products.product(MerchantScope.of(user), id);
	}

	@Operation(summary = "Replace a product; variants are matched by SKU")
	@PutMapping("/products/{id}")
	ProductView replace(@PathVariable long id, @RequestBody ProductDraft draft,
			@AuthenticationPrincipal TwinportUser user) {
		return products.replace(MerchantScope.of(user), id, draft);
	}

	@Operation(summary = "Archive a product: it is no longer offered")
	@DeleteMapping("/products/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		products.archive(MerchantScope.of(user), id);
	}

	@GetMapping("/products/{id}/stock")
	List<StockLevel> stock(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return products.stock(MerchantScope.of(user), id);
	}

	@Operation(summary = "Set the quantity on hand of a variant in one of the merchant's warehouses")
	@PutMapping("/variants/{id}/stock/{warehouse}")
	StockLevel setOnHand(@PathVariable long id, @PathVariable String warehouse, @Valid @RequestBody OnHand body,
			@AuthenticationPrincipal TwinportUser user) {
		return products.setOnHand(MerchantScope.of(user), id, warehouse, body.onHand());
	}

	@Operation(summary = "Reserve units if that many are available")
	@PostMapping("/variants/{id}/stock/{warehouse}/reservations")
	StockLevel reserve(@PathVariable long id, @PathVariable String warehouse, @Valid @RequestBody Reservation body,
			@AuthenticationPrincipal TwinportUser user) {
		return products.reserve(MerchantScope.of(user), id, warehouse, body.quantity());
	}

	@Operation(summary = "The components of a bundle variant (empty for a variant sold on its own)")
	@GetMapping("/variants/{id}/components")
	List<BundleComponent> components(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return products.components(MerchantScope.of(user), id);
	}

	@Operation(summary = "Make the variant a bundle of the merchant's other variants, or a plain variant again "
			+ "(empty list); selling a bundle reserves its components' stock")
	@PutMapping("/variants/{id}/components")
	List<BundleComponent> setComponents(@PathVariable long id, @RequestBody Components body,
			@AuthenticationPrincipal TwinportUser user) {
		List<BundleComponent> components = null;
		if (body.components() != null) {
			components = new ArrayList<>();
			for (int i = 0; i < body.components().size(); i++) {
				Components.Component c = body.components().get(i);
				if (c == null) {
					throw new InvalidInputException("components[" + i + "]", Reason.of("catalog.problem.componentShape"));
				}
				components.add(new BundleComponent(c.variantId(), null, c.quantity()));
			}
		}
		// The service refuses a missing list, naming the field.
		return products.setComponents(MerchantScope.of(user), id, components);
	}

}

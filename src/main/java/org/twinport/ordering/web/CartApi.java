package org.twinport.ordering.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Carts;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Tag(name = "Cart")
@RestController
@RequestMapping("/api/v1/cart")
@PreAuthorize("hasRole('BUYER')")
class CartApi {

	private final Carts carts;

	CartApi(Carts carts) {
		this.carts = carts;
	}

	record Destination(String market, String currency) {
	}

	record NewLine(Long variantId, Integer quantity) {
	}

	record Quantity(Integer quantity) {
	}

	record Service(String service) {
	}

	@GetMapping
	CartView cart(@AuthenticationPrincipal TwinportUser buyer) {
		return carts.cart(buyer);
	}

	@Operation(summary = "Choose the destination market and the currency to pay in")
	@PutMapping
	CartView choose(@RequestBody Destination body, @AuthenticationPrincipal TwinportUser buyer) {
		return carts.choose(buyer, body.market(), body.currency());
	}

	@Operation(summary = "Add units of a variant (1 to 99 per line)")
	@PostMapping("/lines")
	CartView add(@RequestBody NewLine body, @AuthenticationPrincipal TwinportUser buyer) {
		if (body.variantId() == null) {
			throw new InvalidInputException("variantId", Reason.of("problem.required"));
		}
		return carts.add(buyer, body.variantId(), required(body.quantity()));
	}

	@PutMapping("/lines/{variantId}")
	CartView set(@PathVariable long variantId, @RequestBody Quantity body,
			@AuthenticationPrincipal TwinportUser buyer) {
		return carts.set(buyer, variantId, required(body.quantity()));
	}

	@DeleteMapping("/lines/{variantId}")
	CartView remove(@PathVariable long variantId, @AuthenticationPrincipal TwinportUser buyer) {
		return carts.remove(buyer, variantId);
	}

	@Operation(summary = "Pick the shipping service (POSTAL or EXPRESS) for one merchant's consignment")
	@PutMapping("/shipping/{merchantId}")
	CartView shipping(@PathVariable long merchantId, @RequestBody Service body,
			@AuthenticationPrincipal TwinportUser buyer) {
		return carts.chooseShipping(buyer, merchantId, body.service());
	}

	private static int required(Integer quantity) {
		if (quantity == null) {
			throw new InvalidInputException("quantity", Reason.of("problem.required"));
		}
		return quantity;
	}

}

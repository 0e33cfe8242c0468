package org.twinport.ordering.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Address;
import org.twinport.ordering.Carts;
import org.twinport.ordering.Checkout;
import org.twinport.ordering.CheckoutResult;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.Orders;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

/**
 * Cart, review and order pages. Forms post back here; errors are shown on the page they
 * came from.
 */
@Controller
class OrderPages {

	private final Carts carts;

	private final Checkout checkout;

	private final Orders orders;

	OrderPages(Carts carts, Checkout checkout, Orders orders) {
		this.carts = carts;
		this.checkout = checkout;
		this.orders = orders;
	}

	@GetMapping("/cart")
	String cart(@AuthenticationPrincipal TwinportUser user, HttpServletRequest request, Model model) {
		if (user != null && user.is(Role.BUYER)) {
			model.addAttribute("cart", carts.cart(user));
		}
		else {
			model.addAttribute("anonymousLines", CartCookie.read(request));
		}
		return "ordering/cart";
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/cart")
	String choose(@RequestParam String market, @RequestParam String currency,
			@AuthenticationPrincipal TwinportUser user) {
		carts.choose(user, market, currency);
		return "redirect:/cart";
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/cart/lines/{variantId}/remove")
	String remove(@PathVariable long variantId, @AuthenticationPrincipal TwinportUser user) {
		carts.remove(user, variantId);
		return "redirect:/cart";
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/checkout/review")
	String review(Address address, @AuthenticationPrincipal TwinportUser user, Model model) {
		model.addAttribute("review", checkout.review(user, address));
		// One key per rendering of the review: pressing "place" twice places once.
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return "ordering/review";
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/checkout/place")
	String place(@RequestParam UUID reviewId, @RequestParam String idempotencyKey,
			@AuthenticationPrincipal TwinportUser user) {
		CheckoutResult result = checkout.place(user, reviewId, idempotencyKey);
		return "redirect:/orders?placed=" + result.reference();
	}

	@PreAuthorize("hasAnyRole('BUYER', 'MERCHANT', 'ADMIN')")
	@GetMapping("/orders")
	String orders(@RequestParam(required = false) OrderStatus status, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model) {
		model.addAttribute("orders", orders.orders(user, status, 100));
		model.addAttribute("scope", user.role().name().toLowerCase(Locale.ROOT));
		return "ordering/orders";
	}

	@ExceptionHandler({ InvalidInputException.class, StateConflictException.class })
	String refused(RuntimeException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex instanceof InvalidInputException ? 400 : 409);
		model.addAttribute("problem", ex instanceof InvalidInputException invalid
				? invalid.field() + ": " + invalid.getMessage() : ex.getMessage());
		return "ordering/refused";
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(404);
	}

}

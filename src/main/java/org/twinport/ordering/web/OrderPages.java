package org.twinport.ordering.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.catalog.Offers;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Address;
import org.twinport.ordering.B2bOrderView;
import org.twinport.ordering.B2bOrders;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Carts;
import org.twinport.ordering.Checkout;
import org.twinport.ordering.CheckoutResult;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.Orders;
import org.twinport.ordering.Review;
import org.twinport.ordering.internal.Markets;
import org.twinport.pricing.QuoteRequest;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.web.ChosenMarket;
import org.twinport.shared.Reason;

/**
 * Cart, review and order pages. Forms post back here; errors are shown on the page they
 * came from.
 */
@Controller
class OrderPages {

	private final Carts carts;

	private final Checkout checkout;

	private final Orders orders;

	private final Offers offers;

	private final B2bOrders b2bOrders;

	private final Markets markets;

	private final CartPrices prices;

	private final OrderLineTitles titles;

	OrderPages(Carts carts, Checkout checkout, Orders orders, Offers offers, B2bOrders b2bOrders, Markets markets,
			CartPrices prices, OrderLineTitles titles) {
		this.titles = titles;
		this.markets = markets;
		this.prices = prices;
		this.b2bOrders = b2bOrders;
		this.offers = offers;
		this.carts = carts;
		this.checkout = checkout;
		this.orders = orders;
	}

	/**
	 * A buyer's cart opens on the market and currency chosen last anywhere (the
	 * marketplace, a product page): a cart without one, or with another, takes it.
	 */
	@GetMapping("/cart")
	String cart(@AuthenticationPrincipal TwinportUser user, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		Optional<ChosenMarket> chosen = ChosenMarket.read(request)
			.filter(choice -> markets.countries().contains(choice.market()));
		if (user != null && user.is(Role.BUYER)) {
			CartView cart = carts.cart(user);
			if (chosen.isPresent() && !chosen.get().equals(new ChosenMarket(cart.market(), cart.currency()))) {
				String market = chosen.get().market();
				String currency = chosen.get().currency();
				if (!markets.accepts(market, currency)) {
					currency = market.equals(cart.market()) && cart.currency() != null ? cart.currency()
							: markets.currency(market);
				}
				if (!market.equals(cart.market()) || !currency.equals(cart.currency())) {
					cart = carts.choose(user, market, currency);
				}
			}
			else if (chosen.isEmpty() && cart.market() != null) {
				ChosenMarket.remember(request, response, cart.market(), cart.currency());
			}
			CartPrices.Priced priced = prices.of(cart);
			// Written only when it changed: each write is an UPDATE of the session's row.
			CartBadge badge = priced.badge();
			jakarta.servlet.http.HttpSession session = request.getSession();
			if (!badge.equals(session.getAttribute(CartBadgeInterceptor.SESSION_ATTRIBUTE))) {
				session.setAttribute(CartBadgeInterceptor.SESSION_ATTRIBUTE, badge);
			}
			model.addAttribute("cart", cart);
			model.addAttribute("priced", priced);
			model.addAttribute("markets", markets.countries());
			model.addAttribute("currencies", markets.accepted(cart.market()));
		}
		else {
			Map<Long, Integer> lines = CartCookie.read(request);
			model.addAttribute("anonymousLines", lines);
			Map<Long, String> titles = new HashMap<>();
			offers.offers(lines.keySet(), null)
				.forEach((id, offer) -> titles.put(id,
						offer.titles()
							.getOrDefault(locale.getLanguage(),
									offer.titles().getOrDefault(offer.defaultLang(), offer.variantSku()))));
			model.addAttribute("anonymousTitles", titles);
		}
		return "ordering/cart";
	}

	/**
	 * Choosing another market keeps the currency when that market accepts it, else takes
	 * the market's own (the currency list offered was the previous market's); a currency
	 * no market of the two takes is refused. The choice becomes the buyer's on the
	 * marketplace too.
	 */
	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/cart")
	String choose(@RequestParam(required = false) String market, @RequestParam(required = false) String currency,
			@AuthenticationPrincipal TwinportUser user, HttpServletRequest request, HttpServletResponse response) {
		String before = carts.current(user).market();
		// A currency of the previous market's list, which the new market does not take.
		boolean leftOver = market != null && !market.equals(before) && markets.accepts(before, currency)
				&& !markets.accepts(market, currency) && markets.currency(market) != null;
		String paid = leftOver ? markets.currency(market) : currency;
		CartView cart = carts.choose(user, market, paid);
		ChosenMarket.remember(request, response, cart.market(), cart.currency());
		return "redirect:/cart";
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/cart/lines/{variantId}/remove")
	String remove(@PathVariable long variantId, @AuthenticationPrincipal TwinportUser user) {
		carts.remove(user, variantId);
		return "redirect:/cart";
	}

	/**
	 * The review is the answer to a POST; its language links name the review, so that
	 * switching language reviews the same address again instead of losing it. Without a
	 * review of this buyer's (a reload from history), back to the cart.
	 */
	@PreAuthorize("hasRole('BUYER')")
	@GetMapping("/checkout/review")
	String reviewAgain(@RequestParam(required = false) String review, @AuthenticationPrincipal TwinportUser user,
			Model model) {
		Review previous;
		try {
			previous = checkout.findReview(user, UUID.fromString(review == null ? "" : review));
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			return "redirect:/cart";
		}
		return review(previous.address(), previous.buyer(), user, model);
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/checkout/review")
	String review(Address address, @RequestParam(required = false) String buyerType,
			@RequestParam(required = false) String taxId, @AuthenticationPrincipal TwinportUser user, Model model) {
		return review(address, buyer(buyerType, taxId), user, model);
	}

	private static QuoteRequest.Buyer buyer(String type, String taxId) {
		if (type == null || type.isBlank() || type.equals("CONSUMER")) {
			return null;
		}
		if (!type.equals("BUSINESS")) {
			throw new InvalidInputException("buyerType", Reason.of("ordering.problem.buyerTypeChoice"));
		}
		return new QuoteRequest.Buyer(QuoteRequest.BuyerType.BUSINESS, taxId);
	}

	private String review(Address address, QuoteRequest.Buyer buyer, TwinportUser user, Model model) {
		Review review = checkout.review(user, address, buyer);
		model.addAttribute("review", review);
		// One key per rendering of the review: pressing "place" twice places once.
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		model.addAttribute("pageLangSwitch", "/checkout/review?review=" + review.id() + "&");
		return "ordering/review";
	}

	/**
	 * The buyer picks another service for one merchant's consignment on the review page:
	 * the cart remembers it and the review is made again for the same address.
	 */
	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/checkout/shipping")
	String shipping(@RequestParam(required = false) UUID reviewId, @RequestParam(required = false) Long merchantId,
			@RequestParam(required = false) String service, @AuthenticationPrincipal TwinportUser user, Model model) {
		if (reviewId == null) {
			throw new InvalidInputException("reviewId", Reason.of("problem.required"));
		}
		if (merchantId == null) {
			throw new InvalidInputException("merchantId", Reason.of("problem.required"));
		}
		Review previous = checkout.findReview(user, reviewId);
		carts.chooseShipping(user, merchantId, service);
		return review(previous.address(), previous.buyer(), user, model);
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/cart/lines")
	String add(@RequestParam(required = false) Long variantId, @RequestParam(required = false) Integer quantity,
			@AuthenticationPrincipal TwinportUser user) {
		if (variantId == null) {
			throw new InvalidInputException("variantId", Reason.of("problem.required"));
		}
		if (quantity == null) {
			throw new InvalidInputException("quantity", Reason.of("problem.required"));
		}
		carts.add(user, variantId, quantity);
		return "redirect:/cart?added=" + variantId;
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/cart/lines/{variantId}")
	String set(@PathVariable long variantId, @RequestParam(required = false) Integer quantity,
			@AuthenticationPrincipal TwinportUser user) {
		if (quantity == null) {
			throw new InvalidInputException("quantity", Reason.of("problem.required"));
		}
		carts.set(user, variantId, quantity);
		return "redirect:/cart";
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
		List<OrderView> shown = orders.orders(user, status, 100);
		model.addAttribute("orders", shown);
		model.addAttribute("titles", titles.of(shown, locale));
		model.addAttribute("b2b", shown.stream().anyMatch(o -> "B2B".equals(o.kind()))
				? b2bOrders.b2bOrders(user, 200)
					.stream()
					.collect(Collectors.toMap(B2bOrderView::orderId, Function.identity()))
				: Map.of());
		model.addAttribute("scope", user.role().name().toLowerCase(Locale.ROOT));
		return "ordering/orders";
	}

}

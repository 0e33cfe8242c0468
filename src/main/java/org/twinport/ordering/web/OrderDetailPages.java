package org.twinport.ordering.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.B2bOrders;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.OrderTracking;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.Orders;
import org.twinport.ordering.PaymentView;
import org.twinport.ordering.Payments;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.web.Refusals;
import org.twinport.shared.Reason;

/**
 * One order as its buyer, its merchant and ADMIN see it: the snapshot taken at checkout
 * and the actions that role may take in the order's state. A refused action shows the
 * order again with the reason: 400 for bad input, 403 for a role that may not, 409 for
 * the wrong state.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER', 'MERCHANT', 'ADMIN')")
class OrderDetailPages {

	private final Refusals refusals;

	private final Orders orders;

	private final Payments payments;

	private final OrderTracking tracking;

	private final B2bOrders b2bOrders;

	private final CartPrices prices;

	private final OrderLineTitles titles;

	OrderDetailPages(Orders orders, Payments payments, OrderTracking tracking, B2bOrders b2bOrders,
			CartPrices prices, OrderLineTitles titles, Refusals refusals) {
		this.refusals = refusals;
		this.prices = prices;
		this.titles = titles;
		this.orders = orders;
		this.payments = payments;
		this.tracking = tracking;
		this.b2bOrders = b2bOrders;
	}

	@GetMapping("/orders/{id}")
	String order(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Model model) {
		return show(id, user, model);
	}

	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/orders/{id}/pay")
	String pay(@PathVariable long id, @RequestParam(required = false) String provider,
			@RequestParam(required = false) String cardNumber, @AuthenticationPrincipal TwinportUser user) {
		PaymentView payment = payments.pay(user, id, provider,
				cardNumber == null ? Map.of() : Map.of("cardNumber", cardNumber));
		return "redirect:/orders/" + id + "?done=payment." + payment.status();
	}

	@PreAuthorize("hasAnyRole('MERCHANT', 'ADMIN')")
	@PostMapping("/orders/{id}/payments/{paymentId}/confirm")
	String confirm(@PathVariable long id, @PathVariable long paymentId, @RequestParam(required = false) String amount,
			@AuthenticationPrincipal TwinportUser user) {
		OrderView order = orders.order(user, id);
		payments.confirm(user, id, paymentId, Money.parse(amount, order.total().currency(), "amount"));
		return "redirect:/orders/" + id + "?done=confirmed";
	}

	@PostMapping("/orders/{id}/status")
	String status(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String trackingNumber, @AuthenticationPrincipal TwinportUser user) {
		OrderStatus target;
		try {
			target = OrderStatus.valueOf(status == null ? "" : status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", Reason.of("ordering.problem.requestableStatus"));
		}
		if (target == OrderStatus.SHIPPED) {
			tracking.ship(user, id, trackingNumber);
		}
		else {
			orders.transition(user, id, target);
		}
		return "redirect:/orders/" + id + "?done=status." + target;
	}

	@PreAuthorize("hasAnyRole('MERCHANT', 'ADMIN')")
	@PostMapping("/orders/{id}/refund")
	String refund(@PathVariable long id, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal TwinportUser user) {
		OrderView order = orders.order(user, id);
		orders.refund(user, id, Money.parse(amount, order.total().currency(), "amount"), reason);
		return "redirect:/orders/" + id + "?done=refunded";
	}

	@ExceptionHandler({ InvalidInputException.class, StateConflictException.class, AccessDeniedException.class })
	String refused(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (!(auth != null && auth.getPrincipal() instanceof TwinportUser user) || user.is(Role.PARTNER_OFFICE)) {
			throw ex;
		}
		int status = ex instanceof InvalidInputException ? 400 : ex instanceof AccessDeniedException ? 403 : 409;
		response.setStatus(status);
		model.addAttribute("problemStatus", status);
		model.addAttribute("problem",
				ex instanceof AccessDeniedException ? null : OrderingPageErrors.problem(refusals, ex, locale));
		Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String id = vars instanceof Map<?, ?> map ? String.valueOf(map.get("id")) : null;
		try {
			return show(Long.parseLong(id), user, model);
		}
		catch (NotFoundException | NumberFormatException gone) {
			return "ordering/refused";
		}
	}

	private String show(long id, TwinportUser user, Model model) {
		OrderView order = orders.order(user, id);
		List<PaymentView> paid = payments.payments(user, id);
		Role role = user.role();
		boolean staff = role == Role.MERCHANT || role == Role.ADMIN;
		OrderStatus status = order.status();
		model.addAttribute("order", order);
		model.addAttribute("unitPrices", prices.unitPrices(order));
		model.addAttribute("titles",
				titles.of(List.of(order), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("b2b", "B2B".equals(order.kind()) ? b2bOrders.b2bOrder(user, id) : null);
		model.addAttribute("payments", paid);
		model.addAttribute("pending", paid.stream().filter(p -> "PENDING".equals(p.status())).toList());
		model.addAttribute("trackingNumber", tracking.trackingNumber(user, id).orElse(null));
		model.addAttribute("history", tracking.history(user, id));
		model.addAttribute("scope", role.name().toLowerCase(Locale.ROOT));
		model.addAttribute("canPay", role == Role.BUYER && status == OrderStatus.PLACED);
		model.addAttribute("canConfirm", staff && status == OrderStatus.PLACED);
		model.addAttribute("canCancel", status == OrderStatus.PLACED);
		model.addAttribute("canReady", staff && status == OrderStatus.PAID);
		model.addAttribute("canShip", staff && status == OrderStatus.READY_FOR_CUSTOMS);
		model.addAttribute("canDeliver", (role == Role.BUYER || role == Role.ADMIN) && status == OrderStatus.SHIPPED);
		Money refundable = order.paid().minus(order.refunded()).rounded();
		model.addAttribute("refundable", refundable);
		model.addAttribute("canRefund", staff && refundable.amount().signum() > 0 && status != OrderStatus.REFUNDED);
		return "ordering/order";
	}

}

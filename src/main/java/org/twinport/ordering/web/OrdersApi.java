package org.twinport.ordering.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.OrderTracking;
import org.twinport.ordering.Orders;
import org.twinport.ordering.PaymentView;
import org.twinport.ordering.Payments;
import org.twinport.shared.Money;

@Tag(name = "Orders and payments")
@RestController
@RequestMapping("/api/v1/orders")
@PreAuthorize("hasAnyRole('BUYER', 'MERCHANT', 'ADMIN')")
class OrdersApi {

	private final Orders orders;

	private final Payments payments;

	private final OrderTracking tracking;

	OrdersApi(Orders orders, Payments payments, OrderTracking tracking) {
		this.tracking = tracking;
		this.orders = orders;
		this.payments = payments;
	}

	/**
	 * @param trackingNumber the carrier's number, required when the status is SHIPPED
	 */
	record Transition(OrderStatus status, String trackingNumber) {
	}

	record Tracking(String trackingNumber, List<OrderTracking.Step> history) {
	}

	record RefundRequest(Money amount, String reason) {
	}

	record PaymentRequest(String provider, Map<String, String> details) {
	}

	record Confirmation(Money amount) {
	}

	@Operation(summary = "The caller's orders: a buyer's own, a merchant's company's, ADMIN all; newest first")
	@GetMapping
	List<OrderView> list(@RequestParam(required = false) OrderStatus status,
			@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal TwinportUser user) {
		return orders.orders(user, status, limit);
	}

	@GetMapping("/{id}")
	OrderView order(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return orders.order(user, id);
	}

	@Operation(summary = "Move the order on: READY_FOR_CUSTOMS, SHIPPED (merchant), DELIVERED (buyer), CANCELLED")
	@PostMapping("/{id}/status")
	OrderView transition(@PathVariable long id, @RequestBody Transition body,
			@AuthenticationPrincipal TwinportUser user) {
		if (body.status() == OrderStatus.SHIPPED) {
			return tracking.ship(user, id, body.trackingNumber());
		}
		return orders.transition(user, id, body.status());
	}

	@Operation(summary = "The carrier's tracking number (once shipped) and the order's history")
	@GetMapping("/{id}/tracking")
	Tracking tracking(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return new Tracking(tracking.trackingNumber(user, id).orElse(null), tracking.history(user, id));
	}

	@Operation(summary = "Refund part or all of the paid amount (merchant or ADMIN)")
	@PreAuthorize("hasAnyRole('MERCHANT', 'ADMIN')")
	@PostMapping("/{id}/refunds")
	OrderView refund(@PathVariable long id, @RequestBody RefundRequest body,
			@AuthenticationPrincipal TwinportUser user) {
		return orders.refund(user, id, body.amount(), body.reason());
	}

	@GetMapping("/{id}/payments")
	List<PaymentView> payments(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return payments.payments(user, id);
	}

	@Operation(summary = "Pay the order's total with a provider (test-card or bank-transfer)")
	@PreAuthorize("hasRole('BUYER')")
	@PostMapping("/{id}/payments")
	@ResponseStatus(HttpStatus.CREATED)
	PaymentView pay(@PathVariable long id, @RequestBody PaymentRequest body,
			@AuthenticationPrincipal TwinportUser user) {
		return payments.pay(user, id, body.provider(), body.details());
	}

	@Operation(summary = "Confirm a pending payment that arrived, such as a bank transfer (merchant or ADMIN)")
	@PreAuthorize("hasAnyRole('MERCHANT', 'ADMIN')")
	@PostMapping("/{id}/payments/{paymentId}/confirmation")
	PaymentView confirm(@PathVariable long id, @PathVariable long paymentId, @RequestBody Confirmation body,
			@AuthenticationPrincipal TwinportUser user) {
		return payments.confirm(user, id, paymentId, body.amount());
	}

}

package org.twinport.ordering.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.PaymentView;
import org.twinport.ordering.Payments;
import org.twinport.ordering.spi.PaymentProvider;
import org.twinport.ordering.spi.PaymentProvider.Charge;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.Reason;

@Service
class PaymentService implements Payments {

	private final PaymentStore attempts;

	private final OrderStore store;

	private final OrderViews views;

	private final OrderEvents events;

	private final Map<String, PaymentProvider> providers;

	private final Clock clock = Clock.systemUTC();

	PaymentService(PaymentStore attempts, OrderStore store, OrderViews views, OrderEvents events,
			List<PaymentProvider> providers) {
		this.attempts = attempts;
		this.store = store;
		this.views = views;
		this.events = events;
		this.providers = providers.stream().collect(Collectors.toMap(PaymentProvider::id, Function.identity()));
	}

	@Override
	public List<String> providers() {
		return providers.keySet().stream().sorted().toList();
	}

	@Override
	@Transactional
	public PaymentView pay(TwinportUser buyer, long orderId, String providerId, Map<String, String> details) {
		PaymentProvider provider = providerId == null ? null : providers.get(providerId);
		if (provider == null) {
			throw new InvalidInputException("provider", Reason.of("ordering.problem.provider", String.valueOf(providers())));
		}
		Order order = store.lock(buyer, orderId).orElseThrow(() -> notFound(orderId));
		order.checkPayable();
		String reference = "PAY-" + orderId + "-" + UUID.randomUUID().toString().substring(0, 8);
		Charge charge = provider.charge(reference, order.total(), details == null ? Map.of() : details);
		long id = attempts.insert(orderId, provider.id(), charge.outcome().name(), order.total(),
				charge.externalReference());
		if (charge.outcome() == PaymentProvider.Outcome.CAPTURED) {
			paid(order, order.pay(provider.id(), () -> events.goods(orderId), clock.instant()));
		}
		else if (charge.outcome() == PaymentProvider.Outcome.PENDING && provider.confirmedManually()) {
			order.awaitTransfer(clock.instant());
			store.save(order);
		}
		return new PaymentView(id, orderId, provider.id(), charge.outcome().name(), order.total(),
				charge.externalReference(), charge.instructions());
	}

	@Override
	@Transactional
	public PaymentView confirm(TwinportUser actor, long orderId, long paymentId, Money received) {
		if (!actor.is(Role.MERCHANT) && !actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only the merchant or ADMIN confirms payments");
		}
		Order order = store.lock(actor, orderId).orElseThrow(() -> notFound(orderId));
		PaymentView payment = payments(orderId).stream()
			.filter(p -> p.id() == paymentId)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("paymentId", Reason.of("ordering.problem.notPaymentOf", String.valueOf(orderId))));
		if (!providers.get(payment.provider()).confirmedManually()) {
			throw new StateConflictException(
					Reason.of("ordering.problem.confirmedByProvider", payment.provider()));
		}
		if (received == null || !received.currency().equals(order.total().currency())
				|| received.amount().compareTo(order.total().amount()) != 0) {
			throw new InvalidInputException("amount", Reason.of("ordering.problem.orderTotal", order.total().toString()));
		}
		if ("CAPTURED".equals(payment.status())) {
			return payment; // a repeated confirmation: already done
		}
		Order.Change change = order.confirmTransfer(payment.provider(), () -> events.goods(orderId), clock.instant());
		attempts.markCaptured(paymentId);
		paid(order, change);
		return payments(orderId).stream().filter(p -> p.id() == paymentId).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PaymentView> payments(TwinportUser viewer, long orderId) {
		views.find(viewer, orderId).orElseThrow(() -> notFound(orderId));
		return payments(orderId);
	}

	/** Refunds through the provider of the order's captured payment. */
	void refund(long orderId, Money amount) {
		PaymentView captured = payments(orderId).stream()
			.filter(p -> "CAPTURED".equals(p.status()))
			.findFirst()
			.orElseThrow(() -> new StateConflictException(Reason.of("ordering.problem.nothingToRefund")));
		if (!providers.get(captured.provider()).refund(captured.reference(), amount)) {
			throw new StateConflictException(Reason.of("ordering.problem.refundRefused"));
		}
	}

	private void paid(Order order, Order.Change change) {
		store.save(order);
		events.publish(change.event());
	}

	private List<PaymentView> payments(long orderId) {
		return attempts.ofOrder(orderId);
	}

	private static NotFoundException notFound(long orderId) {
		return new NotFoundException(Reason.of("ordering.problem.noOrder", String.valueOf(orderId)));
	}

}

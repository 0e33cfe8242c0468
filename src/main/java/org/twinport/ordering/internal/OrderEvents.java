package org.twinport.ordering.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.twinport.ordering.OrderCancelled;
import org.twinport.ordering.OrderDelivered;
import org.twinport.ordering.OrderReadyForCustoms;
import org.twinport.ordering.OrderShipped;
import org.twinport.ordering.OrderStatus;

/**
 * Publishes the past-tense event of a change of state, inside the caller's transaction
 * (the outbox).
 */
@Component
class OrderEvents {

	private final ApplicationEventPublisher events;

	OrderEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	void moved(OrderState order, OrderStatus to, Instant at) {
		Object event = switch (to) {
			case CANCELLED ->
				new OrderCancelled(order.id(), order.reference(), order.merchantId(), order.buyerId(), at);
			case READY_FOR_CUSTOMS ->
				new OrderReadyForCustoms(order.id(), order.reference(), order.merchantId(), order.buyerId(), at);
			case SHIPPED -> new OrderShipped(order.id(), order.reference(), order.merchantId(), order.buyerId(), at);
			case DELIVERED ->
				new OrderDelivered(order.id(), order.reference(), order.merchantId(), order.buyerId(), at);
			default -> throw new IllegalArgumentException("No requested transition to " + to);
		};
		events.publishEvent(event);
	}

	void publish(Object event) {
		events.publishEvent(event);
	}

}

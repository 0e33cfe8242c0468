package org.twinport.ordering.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.OrderTracking;
import org.twinport.ordering.OrderView;

/** Ships an order and keeps its tracking number in one transaction; shows both to those who may see the order. */
@Service
class OrderTrackingService implements OrderTracking {

	private final OrderTrackingStore store;

	private final OrderService orders;

	OrderTrackingService(OrderTrackingStore store, OrderService orders) {
		this.store = store;
		this.orders = orders;
	}

	@Override
	@Transactional
	public OrderView ship(TwinportUser actor, long orderId, String trackingNumber) {
		String tracking = trackingNumber == null ? "" : trackingNumber.strip();
		OrderView shipped = orders.ship(actor, orderId, tracking);
		store.record(orderId, tracking, actor.id());
		return shipped;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> trackingNumber(TwinportUser viewer, long orderId) {
		orders.order(viewer, orderId);
		return store.trackingNumber(orderId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Step> history(TwinportUser viewer, long orderId) {
		orders.order(viewer, orderId);
		return store.history(orderId);
	}

}

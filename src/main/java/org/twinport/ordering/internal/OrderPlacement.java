package org.twinport.ordering.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.twinport.catalog.Offers;
import org.twinport.ordering.OrderPlaced;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.Review;
import org.twinport.pricing.Quote;
import org.twinport.shared.Money;

/**
 * Turns placed checkouts into orders with their snapshots, inside the placing
 * transaction: all orders in one statement, all lines in another, whatever the number of
 * checkouts, merchants and lines, written by {@link OrderStore}.
 */
@Component
class OrderPlacement {

	private final OrderStore store;

	private final OrderViews views;

	private final ApplicationEventPublisher events;

	OrderPlacement(OrderStore store, OrderViews views, ApplicationEventPublisher events) {
		this.store = store;
		this.views = views;
		this.events = events;
	}

	/**
	 * One order per consignment of every checkout, and each order's {@link OrderPlaced}
	 * event into the outbox.
	 * @return the new order ids by checkout reference, then by merchant id
	 */
	Map<String, Map<Long, Long>> insertOrders(List<ReviewedCheckout.Placed> checkouts, Instant now, Instant paymentDue) {
		List<OrderStore.NewOrder> orders = new ArrayList<>();
		for (ReviewedCheckout.Placed checkout : checkouts) {
			Review review = checkout.review();
			for (int i = 0; i < review.consignments().size(); i++) {
				Review.Consignment consignment = review.consignments().get(i);
				Quote quote = consignment.quote();
				orders.add(new OrderStore.NewOrder(checkout.reference(), checkout.buyerId(), review.market(),
						review.currency(), review.id(), i, consignment.merchantId(), quote.totals(),
						consignment.service(), consignment.transitDays(), quote.id(), quote.ruleSetVersion(),
						quote.fxRateSetId()));
			}
		}
		Map<String, Map<Long, Long>> ids = new HashMap<>();
		for (OrderStore.Placed placed : store.insert(orders, paymentDue, now)) {
			ids.computeIfAbsent(placed.reference(), ref -> new HashMap<>()).put(placed.merchantId(), placed.id());
		}
		for (ReviewedCheckout.Placed checkout : checkouts) {
			for (Review.Consignment consignment : checkout.review().consignments()) {
				events.publishEvent(new OrderPlaced(ids.get(checkout.reference()).get(consignment.merchantId()),
						checkout.reference(), consignment.merchantId(), checkout.buyerId(), now));
			}
		}
		return ids;
	}

	/**
	 * Every line of every order, with the warehouse its units were reserved in; a
	 * bundle's line has none, its components' reservations are written apart (one more
	 * statement, only when a checkout holds a bundle). The stock was reserved for all
	 * checkouts together: each stock item in one warehouse, a bundle's components in
	 * proportion to the bundles each order holds.
	 * @param sold the units reserved per variant sold, all checkouts together
	 */
	void insertLines(List<ReviewedCheckout.Placed> checkouts, Map<String, Map<Long, Long>> orderIds,
			List<Offers.Reservation> reservations, Map<Long, Integer> sold) {
		Map<Long, Long> ownWarehouse = new HashMap<>();
		Map<Long, List<Offers.Allocation>> components = new HashMap<>();
		for (Offers.Reservation reservation : reservations) {
			if (reservation.soldVariantId() == reservation.stock().variantId()) {
				ownWarehouse.put(reservation.soldVariantId(), reservation.stock().warehouseId());
			}
			else {
				components.computeIfAbsent(reservation.soldVariantId(), v -> new ArrayList<>())
					.add(reservation.stock());
			}
		}
		List<OrderStore.NewLine> lines = new ArrayList<>();
		List<OrderStore.NewAllocation> bundleAllocations = new ArrayList<>();
		for (ReviewedCheckout.Placed checkout : checkouts) {
			for (Review.Consignment consignment : checkout.review().consignments()) {
				long order = orderIds.get(checkout.reference()).get(consignment.merchantId());
				int lineNo = 0;
				for (Review.Item item : consignment.items()) {
					lines.add(new OrderStore.NewLine(order, ++lineNo, ownWarehouse.get(item.variantId()), item));
					for (Offers.Allocation all : components.getOrDefault(item.variantId(), List.of())) {
						int perBundle = all.quantity() / sold.get(item.variantId());
						bundleAllocations.add(new OrderStore.NewAllocation(order,
								new Offers.Allocation(all.variantId(), all.warehouseId(), perBundle * item.quantity())));
					}
				}
			}
		}
		store.insertLines(lines);
		if (!bundleAllocations.isEmpty()) {
			store.insertAllocations(bundleAllocations);
		}
	}

	/**
	 * The orders just written, built from what was written rather than read back: the
	 * same values {@link OrderViews} returns for them (amounts rounded to the currency's
	 * minor unit, times in microseconds as the database keeps them).
	 */
	List<OrderView> views(String reference, long buyerId, Review review, Map<Long, Long> orderIds, Instant now,
			Instant paymentDue) {
		String currency = review.currency();
		List<OrderView> views = new ArrayList<>();
		for (Review.Consignment consignment : review.consignments()) {
			Quote quote = consignment.quote();
			Quote.Totals totals = quote.totals();
			List<OrderView.Line> lines = consignment.items()
				.stream()
				.map(item -> new OrderView.Line(item.variantId(), item.sku(), item.title(), item.quantity(),
						item.unitPrice().rounded()))
				.toList();
			views.add(new OrderView(orderIds.get(consignment.merchantId()), reference, consignment.merchantId(),
					buyerId, OrderStatus.PLACED, review.market(), in(totals.goods(), currency),
					in(totals.shipping(), currency), in(totals.duty(), currency), in(totals.tax(), currency),
					in(totals.fees(), currency), in(totals.dueAtCheckout(), currency),
					in(totals.dueAtBorder(), currency), Money.zero(currency), Money.zero(currency),
					consignment.service(), consignment.transitDays(), review.address(), lines, quote.lines(),
					quote.ruleSetVersion(), quote.fxRateSetId(), now, paymentDue, "RETAIL"));
		}
		views.sort(java.util.Comparator.comparingLong(OrderView::id));
		return views;
	}

	private static Money in(Money amount, String currency) {
		return new Money(amount.amount(), currency).rounded();
	}

	List<OrderView> ordersOf(String reference) {
		return views.byCheckout(reference);
	}

}

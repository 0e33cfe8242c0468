package org.twinport.ordering.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.Offers;
import org.twinport.ordering.OrderPlaced;
import org.twinport.ordering.OrderStatus;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.Review;
import org.twinport.pricing.Quote;
import org.twinport.shared.Money;

/**
 * Writes checkouts' orders with their snapshots, inside the placing transaction: all
 * orders in one statement, all lines in another, whatever the number of checkouts,
 * merchants and lines.
 */
@Component
class OrderPlacement {

	private final JdbcClient jdbc;

	private final OrderStore store;

	private final ApplicationEventPublisher events;

	OrderPlacement(JdbcClient jdbc, OrderStore store, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.store = store;
		this.events = events;
	}

	/**
	 * A checkout being placed: its new reference, its buyer and what the buyer reviewed.
	 */
	record Placing(String reference, long buyerId, Review review) {
	}

	/**
	 * One order per consignment of every checkout, and each order's {@link OrderPlaced}
	 * event into the outbox. The snapshot's address and quote are copied from the stored
	 * review inside the database rather than serialized again.
	 * @return the new order ids by checkout reference, then by merchant id
	 */
	Map<String, Map<Long, Long>> insertOrders(List<Placing> checkouts, Instant now, Instant paymentDue) {
		List<String> references = new ArrayList<>();
		List<Long> buyers = new ArrayList<>();
		List<String> markets = new ArrayList<>();
		List<String> currencies = new ArrayList<>();
		List<String> reviews = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		List<Long> merchants = new ArrayList<>();
		// Decimals travel as text arrays and are cast to numeric[] by the statement.
		List<List<String>> amounts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		List<String> services = new ArrayList<>();
		List<String> transit = new ArrayList<>();
		List<String> quoteIds = new ArrayList<>();
		List<String> rules = new ArrayList<>();
		List<String> fx = new ArrayList<>();
		for (Placing checkout : checkouts) {
			List<Review.Consignment> consignments = checkout.review().consignments();
			for (int i = 0; i < consignments.size(); i++) {
				Review.Consignment consignment = consignments.get(i);
				Quote.Totals totals = consignment.quote().totals();
				references.add(checkout.reference());
				buyers.add(checkout.buyerId());
				markets.add(checkout.review().market());
				currencies.add(checkout.review().currency());
				reviews.add(checkout.review().id().toString());
				positions.add(i);
				merchants.add(consignment.merchantId());
				Money[] columns = { totals.goods(), totals.shipping(), totals.duty(), totals.tax(), totals.fees(),
						totals.dueAtCheckout(), totals.dueAtBorder() };
				for (int column = 0; column < columns.length; column++) {
					amounts.get(column).add(columns[column].amount().toPlainString());
				}
				services.add(consignment.service());
				transit.add(consignment.transitDays());
				quoteIds.add(consignment.quote().id().toString());
				rules.add(consignment.quote().ruleSetVersion());
				fx.add(consignment.quote().fxRateSetId());
			}
		}
		Map<String, Map<Long, Long>> ids = new HashMap<>();
		jdbc.sql(
				"""
						insert into ordering.customer_order (checkout_reference, merchant_id, buyer_id, status, market, currency,
						  goods, shipping, duty, tax, fees, total, due_at_border, shipping_service, transit_days, address,
						  quote_id, quote, rule_set_version, fx_rate_set_id, payment_due_at, placed_at, updated_at)
						select u.ref, u.merchant, u.buyer, 'PLACED', u.market, u.currency, u.goods, u.shipping, u.duty, u.tax,
						  u.fees, u.total, u.border, u.service, u.transit, r.address, cast(u.quote_id as uuid),
						  r.consignments -> 'consignments' -> u.consignment -> 'quote', u.rules, u.fx, :due, :now, :now
						from unnest(cast(:refs as text[]), cast(:buyers as bigint[]), cast(:markets as text[]),
						  cast(:currencies as text[]), cast(:reviews as uuid[]), cast(:consignments as integer[]),
						  cast(:merchants as bigint[]), cast(:goods as numeric[]), cast(:shipping as numeric[]),
						  cast(:duty as numeric[]), cast(:tax as numeric[]), cast(:fees as numeric[]), cast(:total as numeric[]),
						  cast(:border as numeric[]), cast(:services as text[]), cast(:transit as text[]),
						  cast(:quoteIds as text[]), cast(:rules as text[]), cast(:fx as text[]))
						  with ordinality as u(ref, buyer, market, currency, review, consignment, merchant, goods, shipping, duty,
						    tax, fees, total, border, service, transit, quote_id, rules, fx, position)
						join ordering.checkout_review r on r.id = u.review
						order by u.position
						returning id, checkout_reference, merchant_id""")
			.param("refs", references.toArray(String[]::new))
			.param("buyers", buyers.toArray(Long[]::new))
			.param("markets", markets.toArray(String[]::new))
			.param("currencies", currencies.toArray(String[]::new))
			.param("reviews", reviews.toArray(String[]::new))
			.param("consignments", positions.toArray(Integer[]::new))
			.param("merchants", merchants.toArray(Long[]::new))
			.param("goods", amounts.get(0).toArray(String[]::new))
			.param("shipping", amounts.get(1).toArray(String[]::new))
			.param("duty", amounts.get(2).toArray(String[]::new))
			.param("tax", amounts.get(3).toArray(String[]::new))
			.param("fees", amounts.get(4).toArray(String[]::new))
			.param("total", amounts.get(5).toArray(String[]::new))
			.param("border", amounts.get(6).toArray(String[]::new))
			.param("services", services.toArray(String[]::new))
			.param("transit", transit.toArray(String[]::new))
			.param("quoteIds", quoteIds.toArray(String[]::new))
			.param("rules", rules.toArray(String[]::new))
			.param("fx", fx.toArray(String[]::new))
			.param("due", OffsetDateTime.ofInstant(paymentDue, ZoneOffset.UTC))
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query((rs, i) -> ids.computeIfAbsent(rs.getString(2), ref -> new HashMap<>())
				.put(rs.getLong(3), rs.getLong(1)))
			.list();
		for (Placing checkout : checkouts) {
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
	void insertLines(List<Placing> checkouts, Map<String, Map<Long, Long>> orderIds,
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
		List<Long> orders = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		List<Long> variants = new ArrayList<>();
		List<Long> warehouses = new ArrayList<>();
		List<String> skus = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> hsCodes = new ArrayList<>();
		List<String> origins = new ArrayList<>();
		List<Integer> quantities = new ArrayList<>();
		List<String> prices = new ArrayList<>();
		List<String> currencies = new ArrayList<>();
		List<Integer> grams = new ArrayList<>();
		List<Offers.Allocation> bundleAllocations = new ArrayList<>();
		List<Long> bundleOrders = new ArrayList<>();
		for (Placing checkout : checkouts) {
			for (Review.Consignment consignment : checkout.review().consignments()) {
				long order = orderIds.get(checkout.reference()).get(consignment.merchantId());
				int lineNo = 0;
				for (Review.Item item : consignment.items()) {
					orders.add(order);
					numbers.add(++lineNo);
					variants.add(item.variantId());
					warehouses.add(ownWarehouse.get(item.variantId()));
					skus.add(item.sku());
					titles.add(item.title());
					hsCodes.add(item.hsCode());
					origins.add(item.originCountry());
					quantities.add(item.quantity());
					prices.add(item.unitPrice().amount().toPlainString());
					currencies.add(item.unitPrice().currency());
					grams.add(item.weightGrams());
					for (Offers.Allocation all : components.getOrDefault(item.variantId(), List.of())) {
						int perBundle = all.quantity() / sold.get(item.variantId());
						bundleOrders.add(order);
						bundleAllocations.add(
								new Offers.Allocation(all.variantId(), all.warehouseId(), perBundle * item.quantity()));
					}
				}
			}
		}
		jdbc.sql(
				"""
						insert into ordering.order_line (order_id, line_no, variant_id, warehouse_id, sku, title, hs_code,
						  origin_country, quantity, unit_price, price_currency, weight_grams)
						select * from unnest(cast(:orders as bigint[]), cast(:numbers as integer[]), cast(:variants as bigint[]),
						  cast(:warehouses as bigint[]), cast(:skus as text[]), cast(:titles as text[]), cast(:hs as text[]),
						  cast(:origins as text[]), cast(:quantities as integer[]), cast(:prices as numeric[]),
						  cast(:currencies as text[]), cast(:grams as integer[]))""")
			.param("orders", orders.toArray(Long[]::new))
			.param("numbers", numbers.toArray(Integer[]::new))
			.param("variants", variants.toArray(Long[]::new))
			.param("warehouses", warehouses.toArray(Long[]::new))
			.param("skus", skus.toArray(String[]::new))
			.param("titles", titles.toArray(String[]::new))
			.param("hs", hsCodes.toArray(String[]::new))
			.param("origins", origins.toArray(String[]::new))
			.param("quantities", quantities.toArray(Integer[]::new))
			.param("prices", prices.toArray(String[]::new))
			.param("currencies", currencies.toArray(String[]::new))
			.param("grams", grams.toArray(Integer[]::new))
			.update();
		if (!bundleAllocations.isEmpty()) {
			insertBundleAllocations(bundleOrders, bundleAllocations);
		}
	}

	private void insertBundleAllocations(List<Long> orders, List<Offers.Allocation> allocations) {
		jdbc.sql(
				"""
						insert into ordering.order_allocation (order_id, variant_id, warehouse_id, quantity)
						select * from unnest(cast(:orders as bigint[]), cast(:variants as bigint[]), cast(:warehouses as bigint[]),
						  cast(:quantities as integer[]))""")
			.param("orders", orders.toArray(Long[]::new))
			.param("variants", allocations.stream().map(Offers.Allocation::variantId).toArray(Long[]::new))
			.param("warehouses", allocations.stream().map(Offers.Allocation::warehouseId).toArray(Long[]::new))
			.param("quantities", allocations.stream().map(Offers.Allocation::quantity).toArray(Integer[]::new))
			.update();
	}

	/**
	 * The orders just written, built from what was written rather than read back: the
	 * same values {@link OrderStore} returns for them (amounts rounded to the currency's
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
		return store.byCheckout(reference);
	}

}

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
 * Writes a checkout's orders with their snapshots, inside the checkout's transaction: all
 * orders in one statement, all lines in another, whatever the number of merchants and
 * lines.
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
	 * One order per consignment, and its {@link OrderPlaced} event into the outbox. The
	 * snapshot's address and quote are copied from the stored review inside the database
	 * rather than serialized again.
	 * @return the new order ids by merchant id
	 */
	Map<Long, Long> insertOrders(String reference, long buyerId, Review review, Instant now, Instant paymentDue) {
		List<Review.Consignment> consignments = review.consignments();
		int n = consignments.size();
		Long[] merchants = new Long[n];
		// Decimals travel as text arrays and are cast to numeric[] by the statement.
		String[][] amounts = new String[7][n];
		String[] services = new String[n];
		String[] transit = new String[n];
		String[] quoteIds = new String[n];
		String[] rules = new String[n];
		String[] fx = new String[n];
		for (int i = 0; i < n; i++) {
			Review.Consignment consignment = consignments.get(i);
			Quote.Totals totals = consignment.quote().totals();
			merchants[i] = consignment.merchantId();
			amounts[0][i] = totals.goods().amount().toPlainString();
			amounts[1][i] = totals.shipping().amount().toPlainString();
			amounts[2][i] = totals.duty().amount().toPlainString();
			amounts[3][i] = totals.tax().amount().toPlainString();
			amounts[4][i] = totals.fees().amount().toPlainString();
			amounts[5][i] = totals.dueAtCheckout().amount().toPlainString();
			amounts[6][i] = totals.dueAtBorder().amount().toPlainString();
			services[i] = consignment.service();
			transit[i] = consignment.transitDays();
			quoteIds[i] = consignment.quote().id().toString();
			rules[i] = consignment.quote().ruleSetVersion();
			fx[i] = consignment.quote().fxRateSetId();
		}
		Map<Long, Long> ids = new HashMap<>();
		jdbc.sql(
				"""
						insert into ordering.customer_order (checkout_reference, merchant_id, buyer_id, status, market, currency,
						  goods, shipping, duty, tax, fees, total, due_at_border, shipping_service, transit_days, address,
						  quote_id, quote, rule_set_version, fx_rate_set_id, payment_due_at, placed_at, updated_at)
						select :ref, u.merchant, :buyer, 'PLACED', :market, :currency, u.goods, u.shipping, u.duty, u.tax, u.fees,
						  u.total, u.border, u.service, u.transit, r.address, cast(u.quote_id as uuid),
						  r.consignments -> 'consignments' -> cast(u.position - 1 as integer) -> 'quote', u.rules, u.fx, :due, :now, :now
						from unnest(cast(:merchants as bigint[]), cast(:goods as numeric[]), cast(:shipping as numeric[]),
						  cast(:duty as numeric[]), cast(:tax as numeric[]), cast(:fees as numeric[]), cast(:total as numeric[]),
						  cast(:border as numeric[]), cast(:services as text[]), cast(:transit as text[]),
						  cast(:quoteIds as text[]), cast(:rules as text[]), cast(:fx as text[]))
						  with ordinality as u(merchant, goods, shipping, duty, tax, fees, total, border, service, transit,
						    quote_id, rules, fx, position)
						join ordering.checkout_review r on r.id = :review
						order by u.position
						returning id, merchant_id""")
			.param("ref", reference)
			.param("buyer", buyerId)
			.param("market", review.market())
			.param("currency", review.currency())
			.param("review", review.id())
			.param("due", OffsetDateTime.ofInstant(paymentDue, ZoneOffset.UTC))
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("merchants", merchants)
			.param("goods", amounts[0])
			.param("shipping", amounts[1])
			.param("duty", amounts[2])
			.param("tax", amounts[3])
			.param("fees", amounts[4])
			.param("total", amounts[5])
			.param("border", amounts[6])
			.param("services", services)
			.param("transit", transit)
			.param("quoteIds", quoteIds)
			.param("rules", rules)
			.param("fx", fx)
			.query((rs, i) -> ids.put(rs.getLong(2), rs.getLong(1)))
			.list();
		for (Review.Consignment consignment : consignments) {
			events.publishEvent(new OrderPlaced(ids.get(consignment.merchantId()), reference, consignment.merchantId(),
					buyerId, now));
		}
		return ids;
	}

	/**
	 * Every line of every order, with the warehouse its units were reserved in; a
	 * bundle's line has none, its components' reservations are written apart (one more
	 * statement, only when the checkout holds a bundle).
	 */
	void insertLines(Review review, Map<Long, Long> orderIds, List<Offers.Reservation> reservations) {
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
		for (Review.Consignment consignment : review.consignments()) {
			int lineNo = 0;
			for (Review.Item item : consignment.items()) {
				orders.add(orderIds.get(consignment.merchantId()));
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
		if (!components.isEmpty()) {
			insertBundleAllocations(review, orderIds, components);
		}
	}

	private void insertBundleAllocations(Review review, Map<Long, Long> orderIds,
			Map<Long, List<Offers.Allocation>> components) {
		List<Long> orders = new ArrayList<>();
		List<Long> variants = new ArrayList<>();
		List<Long> warehouses = new ArrayList<>();
		List<Integer> quantities = new ArrayList<>();
		for (Review.Consignment consignment : review.consignments()) {
			for (Review.Item item : consignment.items()) {
				for (Offers.Allocation allocation : components.getOrDefault(item.variantId(), List.of())) {
					orders.add(orderIds.get(consignment.merchantId()));
					variants.add(allocation.variantId());
					warehouses.add(allocation.warehouseId());
					quantities.add(allocation.quantity());
				}
			}
		}
		jdbc.sql(
				"""
						insert into ordering.order_allocation (order_id, variant_id, warehouse_id, quantity)
						select * from unnest(cast(:orders as bigint[]), cast(:variants as bigint[]), cast(:warehouses as bigint[]),
						  cast(:quantities as integer[]))""")
			.param("orders", orders.toArray(Long[]::new))
			.param("variants", variants.toArray(Long[]::new))
			.param("warehouses", warehouses.toArray(Long[]::new))
			.param("quantities", quantities.toArray(Integer[]::new))
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

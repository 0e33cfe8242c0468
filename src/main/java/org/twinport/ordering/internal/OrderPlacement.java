package org.twinport.ordering.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.Offers;
import org.twinport.ordering.OrderPlaced;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.Review;
import org.twinport.pricing.Quote;

/** Writes one merchant's order with its snapshot, inside the checkout's transaction. */
@Component
class OrderPlacement {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final OrderStore store;

	private final ApplicationEventPublisher events;

	OrderPlacement(JdbcClient jdbc, JsonMapper json, OrderStore store, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.store = store;
		this.events = events;
	}

	void place(String reference, long buyerId, Review review, Review.Consignment consignment,
			Map<Long, Offers.Allocation> allocations, Instant now, Instant paymentDue) {
		Quote.Totals totals = consignment.quote().totals();
		long id = jdbc
			.sql("""
					insert into ordering.customer_order (checkout_reference, merchant_id, buyer_id, status, market, currency,
					  goods, shipping, duty, tax, fees, total, due_at_border, shipping_service, transit_days, address,
					  quote_id, quote, rule_set_version, fx_rate_set_id, payment_due_at, placed_at, updated_at)
					values (:ref, :merchant, :buyer, 'PLACED', :market, :currency, :goods, :shipping, :duty, :tax, :fees,
					  :total, :border, :service, :transit, cast(:address as jsonb), :quoteId, cast(:quote as jsonb),
					  :rules, :fx, :due, :now, :now)
					returning id""")
			.param("ref", reference)
			.param("merchant", consignment.merchantId())
			.param("buyer", buyerId)
			.param("market", review.market())
			.param("currency", review.currency())
			.param("goods", totals.goods().amount())
			.param("shipping", totals.shipping().amount())
			.param("duty", totals.duty().amount())
			.param("tax", totals.tax().amount())
			.param("fees", totals.fees().amount())
			.param("total", totals.dueAtCheckout().amount())
			.param("border", totals.dueAtBorder().amount())
			.param("service", consignment.service())
			.param("transit", consignment.transitDays())
			.param("address", json.writeValueAsString(review.address()))
			.param("quoteId", consignment.quote().id())
			.param("quote", json.writeValueAsString(consignment.quote()))
			.param("rules", consignment.quote().ruleSetVersion())
			.param("fx", consignment.quote().fxRateSetId())
			.param("due", OffsetDateTime.ofInstant(paymentDue, ZoneOffset.UTC))
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.single();
		int lineNo = 0;
		for (Review.Item item : consignment.items()) {
			jdbc.sql("""
					insert into ordering.order_line (order_id, line_no, variant_id, warehouse_id, sku, title, hs_code,
					  origin_country, quantity, unit_price, price_currency, weight_grams)
					values (:o, :n, :v, :w, :sku, :title, :hs, :origin, :q, :price, :pc, :grams)""")
				.param("o", id)
				.param("n", ++lineNo)
				.param("v", item.variantId())
				.param("w", allocations.get(item.variantId()).warehouseId())
				.param("sku", item.sku())
				.param("title", item.title())
				.param("hs", item.hsCode())
				.param("origin", item.originCountry())
				.param("q", item.quantity())
				.param("price", item.unitPrice().amount())
				.param("pc", item.unitPrice().currency())
				.param("grams", item.weightGrams())
				.update();
		}
		events.publishEvent(new OrderPlaced(id, reference, consignment.merchantId(), buyerId, now));
	}

	List<OrderView> ordersOf(String reference) {
		return store.byCheckout(reference);
	}

}

/**
 * Carts, checkout, orders and payments, and B2B orders from quotes accepted in matchmaking
 * (on {@link org.twinport.matchmaking.QuoteAccepted}). A checkout becomes one order per merchant under
 * one reference; each order keeps a snapshot of its prices, address and landed-cost
 * quote, holds reserved stock until it is paid, shipped or released, and publishes a
 * past-tense event for every change of state. Payment providers plug in through
 * {@link org.twinport.ordering.spi.PaymentProvider}.
 * <p>
 * Inside ({@code internal}) three aggregates guard their own rules, each tested without
 * Spring or a database: {@code Cart} (lines, quantities up to {@link Carts#MAX_QUANTITY},
 * market, shipping choices, its version), {@code ReviewedCheckout} (a review's expiry,
 * cart version and price drift) and {@code Order} (every change of state, answered with
 * its event and what becomes of the reserved stock). The services ({@code CartService},
 * {@code CheckoutService}, {@code OrderService}, {@code PaymentService},
 * {@code OrderTrackingService}, {@code MerchantShippingService}, {@code QuoteOrders})
 * hold the rules between them; each table has one writer:
 * <ul>
 * <li>{@code cart}, {@code cart_line}, {@code cart_shipping}: {@code CartStore}</li>
 * <li>{@code checkout_review}, {@code checkout} (one per Idempotency-Key):
 * {@code CheckoutStore}</li>
 * <li>{@code customer_order}, {@code order_line}, {@code order_allocation},
 * {@code b2b_order}, {@code refund}: {@code OrderStore}</li>
 * <li>{@code payment}: {@code PaymentStore}</li>
 * <li>{@code order_tracking}: {@code OrderTrackingStore}</li>
 * <li>{@code order_history}: {@code OrderHistory}, from the order events as the outbox
 * delivers them</li>
 * <li>{@code shipping_zone}, {@code shipping_rate}: {@code ShippingZoneStore}</li>
 * <li>{@code market}: the migrations only (read by {@code Markets})</li>
 * </ul>
 * Refusals are codes ({@code ordering.problem.*} and the shared {@code problem.*}), worded
 * from {@code messages/ordering*.properties}; the pages' errors go through
 * {@code web.OrderingPageErrors}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ordering",
		allowedDependencies = { "shared", "platform", "identity", "catalog", "pricing", "matchmaking" })
@org.jspecify.annotations.NullMarked
package org.twinport.ordering;

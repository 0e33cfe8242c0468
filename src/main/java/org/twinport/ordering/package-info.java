/**
 * Carts, checkout, orders and payments, and B2B orders from quotes accepted in matchmaking
 * (on {@link org.twinport.matchmaking.QuoteAccepted}). A checkout becomes one order per merchant under
 * one reference; each order keeps a snapshot of its prices, address and landed-cost
 * quote, holds reserved stock until it is paid, shipped or released, and publishes a
 * past-tense event for every change of state. Payment providers plug in through
 * {@link org.twinport.ordering.spi.PaymentProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ordering",
		allowedDependencies = { "shared", "platform", "identity", "catalog", "pricing", "matchmaking" })
@org.jspecify.annotations.NullMarked
package org.twinport.ordering;

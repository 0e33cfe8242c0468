package org.twinport.ordering;

import java.util.List;

import org.twinport.shared.Money;

/**
 * A placed checkout: one reference, one order per merchant. {@code replayed} when the
 * Idempotency-Key was seen before.
 */
public record CheckoutResult(String reference, Money total, List<OrderView> orders, boolean replayed) {
}

package org.twinport.ordering.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinport.ordering.Carts;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * A buyer's cart: its market and currency, its lines (variant to quantity, in the order
 * they were added) and a shipping service per merchant. Every change is asked of it,
 * checked, and moves its version on, so a review made of an older version can tell.
 * {@link CartStore} loads it and writes its changes.
 */
final class Cart {

	static final int MAX_QUANTITY = Carts.MAX_QUANTITY;

	private final long id;

	private @Nullable String market;

	private @Nullable String currency;

	private long version;

	private final Map<Long, Integer> quantities;

	private final Map<Long, String> shipping;

	Cart(long id, @Nullable String market, @Nullable String currency, long version, Map<Long, Integer> quantities,
			Map<Long, String> shipping) {
		this.id = id;
		this.market = market;
		this.currency = currency;
		this.version = version;
		this.quantities = new LinkedHashMap<>(quantities);
		this.shipping = new LinkedHashMap<>(shipping);
	}

	/** A line's new quantity, as the store writes it. */
	record LineChanged(long variantId, int quantity) {
	}

	/**
	 * Units added to what the line holds; a line never holds more than
	 * {@link #MAX_QUANTITY}.
	 */
	LineChanged add(long variantId, int quantity) {
		checkQuantity(quantity);
		int now = quantities.getOrDefault(variantId, 0) + quantity;
		if (now > MAX_QUANTITY) {
			throw new InvalidInputException("quantity",
					Reason.of("ordering.problem.quantityOverMaximum", MAX_QUANTITY));
		}
		quantities.put(variantId, now);
		version++;
		return new LineChanged(variantId, now);
	}

	LineChanged set(long variantId, int quantity) {
		checkQuantity(quantity);
		quantities.put(variantId, quantity);
		version++;
		return new LineChanged(variantId, quantity);
	}

	void remove(long variantId) {
		quantities.remove(variantId);
		version++;
	}

	/** Where the goods go and the currency paid in, checked against the markets first. */
	void choose(String market, String currency) {
		this.market = market;
		this.currency = currency;
		version++;
	}

	void chooseShipping(long merchantId, String service) {
		if (!"POSTAL".equals(service) && !"EXPRESS".equals(service)) {
			throw new InvalidInputException("service", Reason.of("ordering.problem.shippingService"));
		}
		shipping.put(merchantId, service);
		version++;
	}

	/**
	 * A cart kept before sign-in merged in: quantities add up, capped at
	 * {@link #MAX_QUANTITY}; variants not {@code known} and quantities below 1 are dropped.
	 * @return the lines changed
	 */
	java.util.List<LineChanged> merge(Map<Long, Integer> anonymous, Set<Long> known) {
		java.util.List<LineChanged> changed = new java.util.ArrayList<>();
		anonymous.forEach((variant, quantity) -> {
			if (known.contains(variant) && quantity != null && quantity > 0) {
				int now = Math.min(quantities.getOrDefault(variant, 0) + Math.min(quantity, MAX_QUANTITY),
						MAX_QUANTITY);
				quantities.put(variant, now);
				changed.add(new LineChanged(variant, now));
			}
		});
		version++;
		return changed;
	}

	static void checkQuantity(int quantity) {
		if (quantity < 1) {
			throw new InvalidInputException("quantity", Reason.of("ordering.problem.quantityAtLeastOne"));
		}
		if (quantity > MAX_QUANTITY) {
			throw new InvalidInputException("quantity", Reason.of("ordering.problem.quantityAtMost", MAX_QUANTITY));
		}
	}

	long id() {
		return id;
	}

	@Nullable String market() {
		return market;
	}

	@Nullable String currency() {
		return currency;
	}

	long version() {
		return version;
	}

	Map<Long, Integer> quantities() {
		return Collections.unmodifiableMap(quantities);
	}

	Map<Long, String> shipping() {
		return Collections.unmodifiableMap(shipping);
	}

}

package org.twinport.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Money;

/**
 * What the marketplace sells, in the shape an order needs it: a variant's price for a
 * destination market, and stock reserved, released and shipped in bulk. Reservations are
 * all or nothing and run in the caller's transaction.
 */
public interface Offers {

	/**
	 * A variant as it can be bought for one market.
	 *
	 * @param unitPrice the variant's own price, else the product's price for the market,
	 * else its base price; in the merchant's currency
	 * @param sellable the product is active, its merchant verified and the market among
	 * the product's markets
	 * @param nationalCode the product's national tariff line for the market; null when the
	 * merchant chose none
	 */
	record Offer(long variantId, String variantSku, long productId, long merchantId, Map<String, String> titles,
			String defaultLang, String hsCode, String originCountry, int weightGrams, Money unitPrice,
			boolean sellable, @Nullable String nationalCode) {
	}

	/** Units of a variant taken from one warehouse. */
	record Allocation(long variantId, long warehouseId, int quantity) {
	}

	/** The offers for those variants that exist; unknown ids are left out. */
	Map<Long, Offer> offers(Collection<Long> variantIds, String market);

	/**
	 * Stock reserved for a variant sold: its own units, or for a bundle each component's
	 * units (one reservation per component).
	 */
	record Reservation(long soldVariantId, Allocation stock) {
	}

	/**
	 * Reserves the quantities of the variants sold, all or nothing. A bundle stands for
	 * its components, and the units wanted of each stock item are summed over every line
	 * first, so a component sold on its own and inside a bundle is checked once for the
	 * total, not each line on its own. Each stock item's total comes from a single
	 * warehouse with enough available; rows are locked in (variant, warehouse) order, so
	 * concurrent reservations never deadlock. Must run inside a transaction: on failure
	 * the caller rolls back.
	 * @param quantities units wanted per variant id sold
	 * @return per variant sold, the stock reserved for it
	 * @throws OutOfStockException when a stock item has not enough available in any one
	 * warehouse
	 */
	List<Reservation> reserve(Map<Long, Integer> quantities);

	/** Gives reserved units back, as when an order is cancelled or not paid in time. */
	void release(List<Allocation> allocations);

	/** Units leave the warehouse: on hand and reserved both go down. */
	void ship(List<Allocation> allocations);

}

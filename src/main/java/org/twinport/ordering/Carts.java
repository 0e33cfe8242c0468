package org.twinport.ordering;

import java.util.Map;

import org.twinport.identity.TwinportUser;

/**
 * Each signed-in buyer's cart. Changes are refused with 400 naming the field when the
 * input is wrong.
 */
public interface Carts {

	/** The most units of one variant a cart may hold. */
	int MAX_QUANTITY = 99;

	CartView cart(TwinportUser buyer);

	/**
	 * The cart as it stands, read in one statement and the offers, without creating or
	 * locking it: what the header's cart badge shows. Empty, with no market, for a buyer
	 * without a cart.
	 */
	CartView current(TwinportUser buyer);

	/**
	 * Chooses where the goods go and the currency to pay in.
	 * @throws org.twinport.shared.InvalidInputException for a market we do not ship to or
	 * a currency not accepted there
	 */
	CartView choose(TwinportUser buyer, String market, String currency);

	/** Adds units of a variant to what the cart holds already. */
	CartView add(TwinportUser buyer, long variantId, int quantity);

	/** Sets the quantity of a line, 1 to {@link #MAX_QUANTITY}. */
	CartView set(TwinportUser buyer, long variantId, int quantity);

	CartView remove(TwinportUser buyer, long variantId);

	/**
	 * @param service POSTAL or EXPRESS
	 */
	CartView chooseShipping(TwinportUser buyer, long merchantId, String service);

	/**
	 * Merges a cart kept before sign-in (variant id to quantity) into the account's cart:
	 * quantities add up, capped at {@link #MAX_QUANTITY}; unknown variants are dropped.
	 */
	CartView merge(TwinportUser buyer, Map<Long, Integer> anonymous);

}

package org.twinport.ordering;

import java.util.UUID;

import org.twinport.identity.TwinportUser;
import org.twinport.pricing.QuoteRequest;
import org.jspecify.annotations.Nullable;

/**
 * From cart to orders: a review with landed cost per merchant, then placing it once per
 * Idempotency-Key.
 */
public interface Checkout {

	/**
	 * Prices the cart for its market, quotes duty and taxes per merchant's consignment
	 * and keeps the result.
	 * @throws org.twinport.shared.InvalidInputException for an empty cart, no market
	 * chosen, an unsellable line or a bad address (naming the field)
	 */
	default Review review(TwinportUser buyer, Address address) {
		return review(buyer, address, null);
	}

	/**
	 * As {@link #review(TwinportUser, Address)}, for a buyer that says whether it buys as
	 * a consumer or as a business with its tax number (null: a consumer).
	 * @throws org.twinport.shared.InvalidInputException naming {@code buyer.taxId} when a
	 * business gives no tax number or one not in the destination's format
	 */
	default Review review(TwinportUser buyer, Address address, QuoteRequest.@Nullable Buyer buyerType) {
		return reviewWritten(buyer, address, buyerType).review();
	}

	/**
	 * As {@link #review(TwinportUser, Address, QuoteRequest.Buyer)}, with the review also
	 * as the UTF-8 JSON document it was stored as, which an API sends as it is instead of
	 * writing the same review a second time.
	 */
	Written reviewWritten(TwinportUser buyer, Address address, QuoteRequest.@Nullable Buyer buyerType);

	/** A review and its JSON document, as stored. */
	record Written(Review review, byte[] json) {
	}

	Review findReview(TwinportUser buyer, UUID reviewId);

	/**
	 * Places the reviewed cart: one order per merchant, stock reserved for all of them in
	 * one transaction. The same key again returns the same orders.
	 * @throws org.twinport.shared.StateConflictException when the cart or a price changed
	 * since review, the review expired, or a variant is out of stock
	 * ({@link org.twinport.catalog.OutOfStockException})
	 */
	CheckoutResult place(TwinportUser buyer, UUID reviewId, String idempotencyKey);

}

package org.twinport.ordering.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.twinport.catalog.Offers.Offer;
import org.twinport.ordering.Address;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Review;
import org.twinport.pricing.QuoteRequest;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;

/**
 * A buyer's checkout of a reviewed cart, from the review to its placing: a review is
 * made of one cart version and expires with the first of its quotes (an hour at most);
 * it is placed only while it has not expired, the cart is still at the version reviewed
 * and every price is still the one reviewed. {@link CheckoutStore} keeps reviews and
 * checkouts.
 */
final class ReviewedCheckout {

	/** The longest a review holds, whatever its quotes say. */
	static final Duration LONGEST_REVIEW = Duration.ofHours(1);

	private final String reference;

	private final long buyerId;

	private final String idempotencyKey;

	private final Review review;

	private ReviewedCheckout(String reference, long buyerId, String idempotencyKey, Review review) {
		this.reference = reference;
		this.buyerId = buyerId;
		this.idempotencyKey = idempotencyKey;
		this.review = review;
	}

	/** A checkout placed: its orders are written from it. */
	record Placed(String reference, long buyerId, Review review, Instant at, Instant paymentDue) {
	}

	/**
	 * Refused unless the cart has a market, holds lines and every line is sold there.
	 */
	static void checkReviewable(CartView cart) {
		if (cart.market() == null) {
			throw new InvalidInputException("market", Reason.of("ordering.problem.marketFirst"));
		}
		if (cart.lines().isEmpty()) {
			throw new InvalidInputException("cart", Reason.of("ordering.problem.cartEmpty"));
		}
		for (int i = 0; i < cart.lines().size(); i++) {
			if (!cart.lines().get(i).sellable()) {
				throw new InvalidInputException("lines[" + i + "].variantId",
						Reason.of("ordering.problem.notOfferedIn", cart.lines().get(i).sku(), cart.market()));
			}
		}
	}

	/**
	 * The review of a cart version: its totals are the consignments' and it expires with
	 * the first of their quotes, at most {@link #LONGEST_REVIEW} from {@code now}.
	 */
	static Review review(UUID id, CartView cart, Address address, List<Review.Consignment> consignments,
			QuoteRequest.@Nullable Buyer buyer, Instant now) {
		checkReviewable(cart);
		String currency = cart.currency();
		Money total = Money.zero(currency);
		Money border = Money.zero(currency);
		Instant expires = now.plus(LONGEST_REVIEW);
		for (Review.Consignment consignment : consignments) {
			total = total.plus(consignment.quote().totals().dueAtCheckout());
			border = border.plus(consignment.quote().totals().dueAtBorder());
			expires = consignment.quote().expiresAt().isBefore(expires) ? consignment.quote().expiresAt() : expires;
		}
		return new Review(id, cart.market(), currency, cart.version(), address, consignments, total, border, expires,
				buyer);
	}

	/**
	 * A checkout of a stored review under the buyer's Idempotency-Key.
	 * @throws StateConflictException when a quote of the review refuses its goods
	 */
	static ReviewedCheckout of(String reference, long buyerId, String idempotencyKey, Review review) {
		checkKey(idempotencyKey);
		if (!review.placeable()) {
			throw new StateConflictException(Reason.of("ordering.problem.reviewNotPlaceable", review.market()));
		}
		return new ReviewedCheckout(reference, buyerId, idempotencyKey, review);
	}

	static void checkKey(@Nullable String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
			throw new InvalidInputException("Idempotency-Key", Reason.of("ordering.problem.idempotencyKey"));
		}
	}

	/** Refused once the review has expired; asked before any cart is locked. */
	void checkOpenAt(Instant now) {
		if (now.isAfter(review.expiresAt())) {
			throw new StateConflictException(Reason.of("ordering.problem.reviewExpired"));
		}
	}

	/**
	 * Places the checkout: still open, its cart still at the reviewed version, and every
	 * item still offered at the reviewed price.
	 * @param cartVersion the version the cart had when it was locked for placing; null
	 * when the buyer has no cart
	 * @param offersNow the offers of the review's market as they are now, by variant
	 */
	Placed place(@Nullable Long cartVersion, Map<Long, Offer> offersNow, Instant now, Duration paymentWindow) {
		checkOpenAt(now);
		if (cartVersion == null || cartVersion != review.cartVersion()) {
			throw new StateConflictException(Reason.of("ordering.problem.cartChanged"));
		}
		for (Review.Consignment consignment : review.consignments()) {
			for (Review.Item item : consignment.items()) {
				Offer offer = offersNow.get(item.variantId());
				if (offer == null || !offer.sellable()) {
					throw new StateConflictException(Reason.of("ordering.problem.noLongerOffered", item.sku()));
				}
				if (offer.unitPrice().compareTo(item.unitPrice()) != 0) {
					throw new StateConflictException(Reason.of("ordering.problem.priceChanged", item.sku(),
							item.unitPrice().toString(), offer.unitPrice().toString()));
				}
			}
		}
		return new Placed(reference, buyerId, review, now, now.plus(paymentWindow));
	}

	/**
	 * Refused when the key already placed a checkout of another review: a replay must ask
	 * for the same review.
	 */
	static void checkReplay(StoredCheckout existing, UUID reviewId) {
		if (!existing.reviewId().equals(reviewId)) {
			throw new StateConflictException(Reason.of("ordering.problem.keyReused", existing.reference()));
		}
	}

	/** A checkout as stored under its Idempotency-Key. */
	record StoredCheckout(String reference, UUID reviewId, Money total) {
	}

	String reference() {
		return reference;
	}

	long buyerId() {
		return buyerId;
	}

	String idempotencyKey() {
		return idempotencyKey;
	}

	Review review() {
		return review;
	}

}

package org.twinport.ordering.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.catalog.Offers;
import org.twinport.catalog.Offers.Offer;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Address;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Checkout;
import org.twinport.ordering.CheckoutResult;
import org.twinport.ordering.Review;
import org.twinport.pricing.LandedCost;
import org.twinport.pricing.QuoteRequest;
import org.twinport.platform.GroupCommit;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;

/**
 * From cart to orders: reviews a cart and places {@link ReviewedCheckout}s, many at once
 * in one transaction ({@link GroupCommit}), with the carts emptied by {@link CartStore},
 * the checkouts kept by {@link CheckoutStore} and the orders written by
 * {@link OrderPlacement}.
 */
@Service
class CheckoutService implements Checkout, DisposableBean {

	private final CheckoutStore store;

	private final CartService carts;

	private final CartStore cartStore;

	private final Offers offers;

	private final Markets markets;

	private final ConsignmentQuoter quoter;

	private final OrderPlacement placement;

	private final ReviewCache reviews;

	private final Clock clock = Clock.systemUTC();

	private final Duration paymentWindow;

	private final GroupCommit<Placement, CheckoutResult> placements;

	private final GroupCommit<CheckoutStore.ReviewRead, Optional<CheckoutStore.StoredReview>> reviewReads;

	private final GroupCommit<ReviewWrite, String> reviewWrites;

	private final LandedCost landedCost;

	CheckoutService(CheckoutStore store, CartService carts, CartStore cartStore, Offers offers, Markets markets,
			ConsignmentQuoter quoter, OrderPlacement placement, ReviewCache reviews, LandedCost landedCost,
			PlatformTransactionManager transactions,
			@Value("${twinport.ordering.payment-window:PT30M}") Duration paymentWindow,
			@Value("${twinport.ordering.placing.workers:1}") int workers,
			@Value("${twinport.ordering.placing.max-batch:64}") int maxBatch) {
		this.store = store;
		this.carts = carts;
		this.cartStore = cartStore;
		this.offers = offers;
		this.markets = markets;
		this.quoter = quoter;
		this.placement = placement;
		this.reviews = reviews;
		this.landedCost = landedCost;
		this.paymentWindow = paymentWindow;
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		this.placements = new GroupCommit<>("checkout-placing", workers, maxBatch,
				batch -> transaction.execute(status -> placeAll(batch)));
		this.reviewReads = new GroupCommit<>("review-reads", 1, 256, store::readReviews);
		this.reviewWrites = new GroupCommit<>("review-writes", 1, maxBatch,
				batch -> transaction.execute(status -> writeReviews(batch)));
	}

	/** A review to store with the quotes it was made of. */
	private record ReviewWrite(CheckoutStore.ReviewRow row, List<LandedCost.Unkept> quotes) {
	}

	/**
	 * Stores the reviews that arrived together, and their quotes, in one transaction: two
	 * statements and one commit whatever their number.
	 * @return each review's row version
	 */
	private List<String> writeReviews(List<ReviewWrite> batch) {
		landedCost.keep(batch.stream().flatMap(write -> write.quotes().stream()).toList());
		return store.insert(batch.stream().map(ReviewWrite::row).toList());
	}

	/**
	 * The buyer type as the quote takes it: a consumer needs none; a business's tax number
	 * is checked against the destination's format when quoting.
	 */
	private static QuoteRequest.@Nullable Buyer checkedBuyer(QuoteRequest.@Nullable Buyer buyer) {
		if (buyer == null || buyer.type() == QuoteRequest.BuyerType.CONSUMER) {
			return null;
		}
		if (buyer.type() == null) {
			throw new InvalidInputException("buyer.type", Reason.of("ordering.problem.buyerType"));
		}
		String taxId = buyer.taxId() == null ? null : buyer.taxId().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		if (taxId != null && !taxId.matches("^[A-Z0-9]{0,20}$")) {
			throw new InvalidInputException("buyer.taxId", Reason.of("ordering.problem.taxIdCharacters"));
		}
		return new QuoteRequest.Buyer(buyer.type(), taxId);
	}

	@Override
	public void destroy() {
		reviewReads.close();
		reviewWrites.close();
		placements.close();
	}

	/**
	 * One read of the cart, not locked: a change after it moves the version on, which
	 * placing checks. The quotes are made and the review written as JSON in the caller's
	 * thread; {@link #reviewWrites} then stores it with its quotes, together with the
	 * reviews that arrive meanwhile, and answers once they are committed.
	 */
	@Override
	public Written reviewWritten(TwinportUser buyer, Address address, QuoteRequest.@Nullable Buyer buyerType) {
		QuoteRequest.Buyer buying = checkedBuyer(buyerType);
		CartService.Snapshot snapshot = carts.snapshot(buyer.id());
		CartView cart = snapshot.cart();
		if (cart.market() == null) {
			throw new InvalidInputException("market", Reason.of("ordering.problem.marketFirst"));
		}
		Markets.Market market = markets.checked(cart.market(), cart.currency());
		ReviewedCheckout.checkReviewable(cart);
		Address checked = AddressRules.checked(address, market);
		ConsignmentQuoter.Quoted quoted = quoter.quote(cart, snapshot.offers(), buyer, buying);
		Review review = ReviewedCheckout.review(UUID.randomUUID(), cart, checked, quoted.consignments(), buying,
				clock.instant());
		byte[] document = store.document(review, quoted.quotes());
		String version = reviewWrites
			.submit(new ReviewWrite(new CheckoutStore.ReviewRow(buyer.id(), review, document), quoted.quotes()));
		reviews.put(buyer.id(), version, review);
		return new Written(review, document);
	}

	@Override
	public Review findReview(TwinportUser buyer, UUID reviewId) {
		return store.review(buyer.id(), reviewId).orElseThrow(() -> noReview(reviewId));
	}

	private static NotFoundException noReview(UUID reviewId) {
		return new NotFoundException(Reason.of("ordering.problem.noReview", reviewId.toString()));
	}

	/**
	 * The stored review, from the cache while its row is the one written, else parsed
	 * from the row: one query either way, the document only read when the cache cannot
	 * serve it.
	 */
	private Review storedReview(TwinportUser buyer, UUID reviewId) {
		ReviewCache.Entry cached = reviews.entry(buyer.id(), reviewId);
		CheckoutStore.StoredReview row = reviewReads
			.submit(new CheckoutStore.ReviewRead(reviewId, buyer.id(), cached == null ? "" : cached.rowVersion()))
			.orElseThrow(() -> noReview(reviewId));
		return row.document() == null ? cached.review() : store.parse(row.document());
	}

	/**
	 * Checks what needs no database, reads the stored review and hands the checkout to
	 * {@link #placements}, which places it together with the others that arrive
	 * meanwhile.
	 */
	@Override
	public CheckoutResult place(TwinportUser buyer, UUID reviewId, String idempotencyKey) {
		ReviewedCheckout.checkKey(idempotencyKey);
		if (reviewId == null) {
			throw new InvalidInputException("reviewId", Reason.of("problem.required"));
		}
		Review review = storedReview(buyer, reviewId);
		String reference = "TP-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase().replace("-", "");
		return placements.submit(
				new Placement(buyer, ReviewedCheckout.of(reference, buyer.id(), idempotencyKey, review)));
	}

	private record Placement(TwinportUser buyer, ReviewedCheckout checkout) {

		Review review() {
			return checkout.review();
		}

		String reference() {
			return checkout.reference();
		}
	}

	/**
	 * Places a batch of checkouts in one transaction, about eight statements whatever
	 * their number: the idempotency rows, the carts (locked, versions checked and moved
	 * on, emptied in one), the prices, all orders in one insert, one outbox row per order,
	 * and only then the stock, reserved for all checkouts in one statement, followed by
	 * the order lines. The stock rows stay locked from that statement to the commit only.
	 * Anything that fails throws, and {@link GroupCommit} places the checkouts of the
	 * batch one by one.
	 */
	private List<CheckoutResult> placeAll(List<Placement> batch) {
		Set<String> fresh = store.claim(batch.stream()
			.map(p -> new CheckoutStore.Claim(p.reference(), p.buyer().id(), p.checkout().idempotencyKey(),
					p.review().id(), p.review().total()))
			.toList());
		List<Placement> placing = batch.stream().filter(p -> fresh.contains(p.reference())).toList();
		Map<String, CheckoutResult> placed = placing.isEmpty() ? Map.of() : placeFresh(placing);
		List<CheckoutResult> answers = new ArrayList<>();
		for (Placement placement : batch) {
			answers.add(fresh.contains(placement.reference()) ? placed.get(placement.reference())
					: replay(placement.buyer(), placement.review().id(), placement.checkout().idempotencyKey()));
		}
		return answers;
	}

	private Map<String, CheckoutResult> placeFresh(List<Placement> placing) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Set<Long> buyers = new HashSet<>();
		for (Placement placement : placing) {
			placement.checkout().checkOpenAt(now);
			if (!buyers.add(placement.buyer().id())) {
				throw new StateConflictException(Reason.of("ordering.problem.twoCheckoutsOfOneCart"));
			}
		}
		Map<Long, Long> versions = cartStore.emptyForPlacing(buyers);
		Map<String, Map<Long, Offer>> offersNow = offersByMarket(placing);
		List<ReviewedCheckout.Placed> checkouts = placing.stream()
			.map(p -> p.checkout()
				.place(versions.get(p.buyer().id()), offersNow.get(p.review().market()), now, paymentWindow))
			.toList();
		Instant due = now.plus(paymentWindow);
		Map<String, Map<Long, Long>> orderIds = placement.insertOrders(checkouts, now, due);
		Map<Long, Integer> quantities = new HashMap<>();
		checkouts.forEach(checkout -> checkout.review()
			.consignments()
			.forEach(
					c -> c.items().forEach(item -> quantities.merge(item.variantId(), item.quantity(), Integer::sum))));
		placement.insertLines(checkouts, orderIds, offers.reserve(quantities), quantities);
		Map<String, CheckoutResult> placed = new HashMap<>();
		for (ReviewedCheckout.Placed checkout : checkouts) {
			reviews.remove(checkout.review().id());
			placed.put(checkout.reference(),
					new CheckoutResult(checkout.reference(), checkout.review().total(),
							placement.views(checkout.reference(), checkout.buyerId(), checkout.review(),
									orderIds.get(checkout.reference()), now, due),
							false));
		}
		return placed;
	}

	/** The offers of every item being placed as they are now: one read per market. */
	private Map<String, Map<Long, Offer>> offersByMarket(List<Placement> placing) {
		Map<String, List<Long>> byMarket = new HashMap<>();
		placing.forEach(p -> p.review()
			.consignments()
			.forEach(c -> c.items()
				.forEach(item -> byMarket.computeIfAbsent(p.review().market(), m -> new ArrayList<>())
					.add(item.variantId()))));
		Map<String, Map<Long, Offer>> now = new HashMap<>();
		byMarket.forEach((market, variants) -> now.put(market, offers.offers(variants, market)));
		return now;
	}

	private CheckoutResult replay(TwinportUser buyer, UUID reviewId, String key) {
		ReviewedCheckout.StoredCheckout existing = store.claimed(buyer.id(), key);
		ReviewedCheckout.checkReplay(existing, reviewId);
		var orders = placement.ordersOf(existing.reference());
		return new CheckoutResult(existing.reference(), existing.total(),
				orders.stream().sorted(Comparator.comparingLong(o -> o.id())).toList(), true);
	}

}

package org.twinport.ordering.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.catalog.Offers;
import org.twinport.catalog.Offers.Offer;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Address;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Checkout;
import org.twinport.ordering.CheckoutResult;
import org.twinport.ordering.Review;
import org.twinport.pricing.QuoteRequest;
import org.twinport.platform.GroupCommit;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

@Service
class JdbcCheckout implements Checkout, DisposableBean {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final JdbcCarts carts;

	private final Offers offers;

	private final Markets markets;

	private final ConsignmentQuoter quoter;

	private final OrderPlacement placement;

	private final ReviewCache reviews;

	private final Clock clock = Clock.systemUTC();

	private final Duration paymentWindow;

	private final GroupCommit<Placement, CheckoutResult> placements;

	private final GroupCommit<ReviewRead, Optional<StoredReview>> reviewReads;

	JdbcCheckout(JdbcClient jdbc, JsonMapper json, JdbcCarts carts, Offers offers, Markets markets,
			ConsignmentQuoter quoter, OrderPlacement placement, ReviewCache reviews,
			PlatformTransactionManager transactions,
			@Value("${twinport.ordering.payment-window:PT30M}") Duration paymentWindow,
			@Value("${twinport.ordering.placing.workers:1}") int workers,
			@Value("${twinport.ordering.placing.max-batch:64}") int maxBatch) {
		this.jdbc = jdbc;
		this.json = json;
		this.carts = carts;
		this.offers = offers;
		this.markets = markets;
		this.quoter = quoter;
		this.placement = placement;
		this.reviews = reviews;
		this.paymentWindow = paymentWindow;
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		this.placements = new GroupCommit<>("checkout-placing", workers, maxBatch,
				batch -> transaction.execute(status -> placeAll(batch)));
		this.reviewReads = new GroupCommit<>("review-reads", 1, 256, this::readReviews);
	}

	/**
	 * The buyer type as the quote takes it: a consumer needs none; a business's tax number
	 * is checked against the destination's format when quoting.
	 */
	private static QuoteRequest.Buyer checkedBuyer(QuoteRequest.Buyer buyer) {
		if (buyer == null || buyer.type() == QuoteRequest.BuyerType.CONSUMER) {
			return null;
		}
		if (buyer.type() == null) {
			throw new InvalidInputException("buyer.type", "is required: CONSUMER or BUSINESS");
		}
		String taxId = buyer.taxId() == null ? null : buyer.taxId().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		if (taxId != null && !taxId.matches("^[A-Z0-9]{0,20}$")) {
			throw new InvalidInputException("buyer.taxId", "must be letters and digits only, such as FI12345678");
		}
		return new QuoteRequest.Buyer(buyer.type(), taxId);
	}

	@Override
	public void destroy() {
		reviewReads.close();
		placements.close();
	}

	@Override
	@Transactional
	public Review review(TwinportUser buyer, Address address, QuoteRequest.Buyer buyerType) {
		QuoteRequest.Buyer buying = checkedBuyer(buyerType);
		// One consistent read of the cart, not locked: a change after it bumps the
		// version,
		// which placing checks.
		JdbcCarts.Snapshot snapshot = carts.snapshot(buyer.id());
		CartView cart = snapshot.cart();
		if (cart.market() == null) {
			throw new InvalidInputException("market", "choose a destination market and currency first");
		}
		Markets.Market market = markets.checked(cart.market(), cart.currency());
		if (cart.lines().isEmpty()) {
			throw new InvalidInputException("cart", "is empty");
		}
		for (int i = 0; i < cart.lines().size(); i++) {
			if (!cart.lines().get(i).sellable()) {
				throw new InvalidInputException("lines[" + i + "].variantId",
						cart.lines().get(i).sku() + " is not offered in " + cart.market());
			}
		}
		Address checked = AddressRules.checked(address, market);
		List<Review.Consignment> consignments = quoter.quote(cart, snapshot.offers(), buyer, buying);
		Money total = Money.zero(cart.currency());
		Money border = Money.zero(cart.currency());
		Instant expires = clock.instant().plus(Duration.ofHours(1));
		for (Review.Consignment consignment : consignments) {
			total = total.plus(consignment.quote().totals().dueAtCheckout());
			border = border.plus(consignment.quote().totals().dueAtBorder());
			expires = consignment.quote().expiresAt().isBefore(expires) ? consignment.quote().expiresAt() : expires;
		}
		Review review = new Review(UUID.randomUUID(), cart.market(), cart.currency(), cart.version(), checked,
				consignments, total, border, expires, buying);
		String rowVersion = jdbc
			.sql("""
					insert into ordering.checkout_review (id, account_id, cart_version, market, currency, address,
					  consignments, total, expires_at)
					values (:id, :account, :version, :market, :currency, cast(:address as jsonb), cast(:consignments as json),
					  :total, :expires)
					returning xmin::text""")
			.param("id", review.id())
			.param("account", buyer.id())
			.param("version", cart.version())
			.param("market", cart.market())
			.param("currency", cart.currency())
			.param("address", json.writeValueAsString(checked))
			.param("consignments", json.writeValueAsString(review))
			.param("total", total.amount())
			.param("expires", OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
			.query(String.class)
			.single();
		reviews.put(buyer.id(), rowVersion, review);
		return review;
	}

	@Override
	public Review findReview(TwinportUser buyer, UUID reviewId) {
		return jdbc.sql("select consignments::text from ordering.checkout_review where id = :id and account_id = :a")
			.param("id", reviewId)
			.param("a", buyer.id())
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, Review.class))
			.orElseThrow(() -> new NotFoundException("You have no review " + reviewId + "."));
	}

	/**
	 * The stored review, from the cache while its row is the one written, else parsed
	 * from the row: one query either way, the document only read when the cache cannot
	 * serve it.
	 */
	private Review storedReview(TwinportUser buyer, UUID reviewId) {
		ReviewCache.Entry cached = reviews.entry(buyer.id(), reviewId);
		StoredReview row = reviewReads
			.submit(new ReviewRead(reviewId, buyer.id(), cached == null ? "" : cached.rowVersion()))
			.orElseThrow(() -> new NotFoundException("You have no review " + reviewId + "."));
		return row.document() == null ? cached.review() : json.readValue(row.document(), Review.class);
	}

	record ReviewRead(UUID id, long accountId, String cachedVersion) {
	}

	/** The row's version, and its document unless it is the version cached. */
	record StoredReview(String version, String document) {
	}

	/**
	 * The reviews being placed at the same time, read in one statement; each request
	 * thread then parses its own.
	 */
	List<Optional<StoredReview>> readReviews(List<ReviewRead> reads) {
		// By review and account: a review asked for by another account than its buyer's
		// is
		// not found for that one, even when its buyer asks for it in the same batch.
		Map<ReviewRead, StoredReview> found = new HashMap<>();
		jdbc.sql("""
				select r.id, r.account_id, u.cached, r.xmin::text,
				  case when r.xmin::text = u.cached then null else r.consignments::text end
				from unnest(cast(:ids as uuid[]), cast(:accounts as bigint[]), cast(:cached as text[]))
				  as u(id, account_id, cached)
				join ordering.checkout_review r on r.id = u.id and r.account_id = u.account_id""")
			.param("ids", reads.stream().map(read -> read.id().toString()).toArray(String[]::new))
			.param("accounts", reads.stream().map(ReviewRead::accountId).toArray(Long[]::new))
			.param("cached", reads.stream().map(ReviewRead::cachedVersion).toArray(String[]::new))
			.query((rs, n) -> found.put(new ReviewRead(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)),
					new StoredReview(rs.getString(4), rs.getString(5))))
			.list();
		return reads.stream().map(read -> Optional.ofNullable(found.get(read))).toList();
	}

	/**
	 * Checks what needs no database, reads the stored review and hands the checkout to
	 * {@link #placements}, which places it together with the others that arrive
	 * meanwhile.
	 */
	@Override
	public CheckoutResult place(TwinportUser buyer, UUID reviewId, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
			throw new InvalidInputException("Idempotency-Key", "header is required (1 to 200 characters)");
		}
		if (reviewId == null) {
			throw new InvalidInputException("reviewId", "is required");
		}
		Review review = storedReview(buyer, reviewId);
		if (!review.placeable()) {
			throw new StateConflictException("This review holds goods that cannot be sold to " + review.market()
					+ "; remove them from the cart and review it again.");
		}
		String reference = "TP-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase().replace("-", "");
		return placements
			.submit(new Placement(buyer, idempotencyKey, new OrderPlacement.Placing(reference, buyer.id(), review)));
	}

	private record Placement(TwinportUser buyer, String idempotencyKey, OrderPlacement.Placing placing) {

		Review review() {
			return placing.review();
		}

		String reference() {
			return placing.reference();
		}

	}

	/**
	 * Places a batch of checkouts in one transaction, about eight statements whatever
	 * their number: the idempotency rows, the carts (locked, versions checked and bumped,
	 * emptied in one), the prices, all orders in one insert, one outbox row per order,
	 * and only then the stock, reserved for all checkouts in one statement, followed by
	 * the order lines. The stock rows stay locked from that statement to the commit only.
	 * Anything that fails throws, and {@link GroupCommit} places the checkouts of the
	 * batch one by one.
	 */
	private List<CheckoutResult> placeAll(List<Placement> batch) {
		// A concurrent request with the same key waits here on the unique index until the
		// first one commits or rolls back; then it either finds that checkout or places
		// its own.
		Set<String> fresh = new HashSet<>(jdbc.sql("""
				insert into ordering.checkout (reference, account_id, idempotency_key, review_id, currency, total)
				select * from unnest(cast(:refs as text[]), cast(:accounts as bigint[]), cast(:keys as text[]),
				  cast(:reviews as uuid[]), cast(:currencies as text[]), cast(:totals as numeric[]))
				on conflict (account_id, idempotency_key) do nothing
				returning reference""")
			.param("refs", batch.stream().map(Placement::reference).toArray(String[]::new))
			.param("accounts", batch.stream().map(p -> p.buyer().id()).toArray(Long[]::new))
			.param("keys", batch.stream().map(Placement::idempotencyKey).toArray(String[]::new))
			.param("reviews", batch.stream().map(p -> p.review().id().toString()).toArray(String[]::new))
			.param("currencies", batch.stream().map(p -> p.review().currency()).toArray(String[]::new))
			.param("totals",
					batch.stream().map(p -> p.review().total().amount().toPlainString()).toArray(String[]::new))
			.query(String.class)
			.list());
		List<Placement> placing = batch.stream().filter(p -> fresh.contains(p.reference())).toList();
		Map<String, CheckoutResult> placed = placing.isEmpty() ? Map.of() : placeFresh(placing);
		List<CheckoutResult> answers = new ArrayList<>();
		for (Placement placement : batch) {
			answers.add(fresh.contains(placement.reference()) ? placed.get(placement.reference())
					: replay(placement.buyer(), placement.review().id(), placement.idempotencyKey()));
		}
		return answers;
	}

	private Map<String, CheckoutResult> placeFresh(List<Placement> placing) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Set<Long> buyers = new HashSet<>();
		for (Placement placement : placing) {
			if (now.isAfter(placement.review().expiresAt())) {
				throw new StateConflictException("The quote of this review has expired; review the cart again.");
			}
			if (!buyers.add(placement.buyer().id())) {
				throw new StateConflictException("Two checkouts of one cart at once; review the cart again.");
			}
		}
		// Locks the carts, moves their versions on and empties them; the version each had
		// must be the reviewed one, or the whole transaction rolls back.
		Map<Long, Long> reviewed = new HashMap<>();
		jdbc.sql(
				"""
						with c as (update ordering.cart set version = version + 1, updated_at = now()
						  where account_id = any(cast(:accounts as bigint[])) returning id, account_id, version - 1 as reviewed),
						lines as (delete from ordering.cart_line where cart_id in (select id from c)),
						shipping as (delete from ordering.cart_shipping where cart_id in (select id from c))
						select account_id, reviewed from c""")
			.param("accounts", buyers.stream().sorted().toArray(Long[]::new))
			.query((rs, n) -> reviewed.put(rs.getLong(1), rs.getLong(2)))
			.list();
		for (Placement placement : placing) {
			Long version = reviewed.get(placement.buyer().id());
			if (version == null || version != placement.review().cartVersion()) {
				throw new StateConflictException("The cart changed since this review; review it again.");
			}
		}
		checkPrices(placing.stream().map(Placement::review).toList());
		List<OrderPlacement.Placing> checkouts = placing.stream().map(Placement::placing).toList();
		Map<String, Map<Long, Long>> orderIds = placement.insertOrders(checkouts, now, now.plus(paymentWindow));
		Map<Long, Integer> quantities = new HashMap<>();
		checkouts.forEach(checkout -> checkout.review()
			.consignments()
			.forEach(
					c -> c.items().forEach(item -> quantities.merge(item.variantId(), item.quantity(), Integer::sum))));
		placement.insertLines(checkouts, orderIds, offers.reserve(quantities), quantities);
		Map<String, CheckoutResult> placed = new HashMap<>();
		for (Placement checkout : placing) {
			reviews.remove(checkout.review().id());
			placed.put(checkout.reference(),
					new CheckoutResult(checkout.reference(), checkout.review().total(),
							placement.views(checkout.reference(), checkout.buyer().id(), checkout.review(),
									orderIds.get(checkout.reference()), now, now.plus(paymentWindow)),
							false));
		}
		return placed;
	}

	private void checkPrices(List<Review> reviewed) {
		Map<String, List<Review.Item>> byMarket = new HashMap<>();
		reviewed.forEach(review -> review.consignments()
			.forEach(c -> byMarket.computeIfAbsent(review.market(), m -> new ArrayList<>()).addAll(c.items())));
		byMarket.forEach((market, items) -> {
			Map<Long, Offer> now = offers.offers(items.stream().map(Review.Item::variantId).toList(), market);
			for (Review.Item item : items) {
				Offer offer = now.get(item.variantId());
				if (offer == null || !offer.sellable()) {
					throw new StateConflictException(item.sku() + " is no longer offered; review the cart again.");
				}
				if (offer.unitPrice().compareTo(item.unitPrice()) != 0) {
					throw new StateConflictException("The price of " + item.sku() + " changed from " + item.unitPrice()
							+ " to " + offer.unitPrice() + " since review; review the cart again.");
				}
			}
		});
	}

	private CheckoutResult replay(TwinportUser buyer, UUID reviewId, String key) {
		record Existing(String reference, UUID review, Money total) {
		}
		Existing existing = jdbc.sql("""
				select reference, review_id, total, currency from ordering.checkout
				where account_id = :a and idempotency_key = :key""")
			.param("a", buyer.id())
			.param("key", key)
			.query((rs, n) -> new Existing(rs.getString(1), rs.getObject(2, UUID.class),
					new Money(rs.getBigDecimal(3), rs.getString(4)).rounded()))
			.single();
		if (!existing.review().equals(reviewId)) {
			throw new StateConflictException(
					"This Idempotency-Key was already used for another checkout (" + existing.reference() + ").");
		}
		var orders = placement.ordersOf(existing.reference());
		return new CheckoutResult(existing.reference(), existing.total(),
				orders.stream().sorted(Comparator.comparingLong(o -> o.id())).toList(), true);
	}

}

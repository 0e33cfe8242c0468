package org.twinport.ordering.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.Offers;
import org.twinport.catalog.Offers.Offer;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Address;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Checkout;
import org.twinport.ordering.CheckoutResult;
import org.twinport.ordering.Review;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

@Service
class JdbcCheckout implements Checkout {

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

	JdbcCheckout(JdbcClient jdbc, JsonMapper json, JdbcCarts carts, Offers offers, Markets markets,
			ConsignmentQuoter quoter, OrderPlacement placement, ReviewCache reviews,
			@Value("${twinport.ordering.payment-window:PT30M}") Duration paymentWindow) {
		this.jdbc = jdbc;
		this.json = json;
		this.carts = carts;
		this.offers = offers;
		this.markets = markets;
		this.quoter = quoter;
		this.placement = placement;
		this.reviews = reviews;
		this.paymentWindow = paymentWindow;
	}

	@Override
	@Transactional
	public Review review(TwinportUser buyer, Address address) {
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
		List<Review.Consignment> consignments = quoter.quote(cart, snapshot.offers(), buyer);
		Money total = Money.zero(cart.currency());
		Money border = Money.zero(cart.currency());
		Instant expires = clock.instant().plus(Duration.ofHours(1));
		for (Review.Consignment consignment : consignments) {
			total = total.plus(consignment.quote().totals().dueAtCheckout());
			border = border.plus(consignment.quote().totals().dueAtBorder());
			expires = consignment.quote().expiresAt().isBefore(expires) ? consignment.quote().expiresAt() : expires;
		}
		Review review = new Review(UUID.randomUUID(), cart.market(), cart.currency(), cart.version(), checked,
				consignments, total, border, expires);
		String rowVersion = jdbc
			.sql("""
					insert into ordering.checkout_review (id, account_id, cart_version, market, currency, address,
					  consignments, total, expires_at)
					values (:id, :account, :version, :market, :currency, cast(:address as jsonb), cast(:consignments as jsonb),
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
		record Row(String version, String document) {
		}
		Row row = jdbc.sql("""
				select xmin::text, case when xmin::text = :cached then null else consignments::text end
				from ordering.checkout_review where id = :id and account_id = :a""")
			.param("cached", cached == null ? "" : cached.rowVersion())
			.param("id", reviewId)
			.param("a", buyer.id())
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new NotFoundException("You have no review " + reviewId + "."));
		return row.document() == null ? cached.review() : json.readValue(row.document(), Review.class);
	}

	/**
	 * About nine statements: the idempotency row, the cart (locked, version checked and
	 * bumped, emptied in one), the prices, all orders in one insert, one outbox row per
	 * order, and only then the stock, reserved for the whole checkout in one statement,
	 * followed by the order lines. The stock rows stay locked from that statement to the
	 * commit only.
	 */
	@Override
	@Transactional
	public CheckoutResult place(TwinportUser buyer, UUID reviewId, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
			throw new InvalidInputException("Idempotency-Key", "header is required (1 to 200 characters)");
		}
		if (reviewId == null) {
			throw new InvalidInputException("reviewId", "is required");
		}
		Review review = storedReview(buyer, reviewId);
		String reference = "TP-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase().replace("-", "");
		// A concurrent request with the same key waits here on the unique index until the
		// first one commits or rolls back; then it either finds that checkout or places
		// its
		// own.
		boolean fresh = jdbc
			.sql("""
					insert into ordering.checkout (reference, account_id, idempotency_key, review_id, currency, total)
					values (:ref, :a, :key, :review, :currency, :total) on conflict (account_id, idempotency_key) do nothing""")
			.param("ref", reference)
			.param("a", buyer.id())
			.param("key", idempotencyKey)
			.param("review", reviewId)
			.param("currency", review.currency())
			.param("total", review.total().amount())
			.update() == 1;
		if (!fresh) {
			return replay(buyer, reviewId, idempotencyKey);
		}
		if (clock.instant().isAfter(review.expiresAt())) {
			throw new StateConflictException("The quote of this review has expired; review the cart again.");
		}
		// Locks the cart, moves its version on and empties it; the version it had must be
		// the reviewed one, or the whole transaction rolls back.
		Long version = jdbc.sql("""
				with c as (update ordering.cart set version = version + 1, updated_at = now() where account_id = :a
				  returning id, version - 1 as reviewed),
				lines as (delete from ordering.cart_line where cart_id in (select id from c)),
				shipping as (delete from ordering.cart_shipping where cart_id in (select id from c))
				select reviewed from c""").param("a", buyer.id()).query(Long.class).optional().orElse(null);
		if (version == null || version != review.cartVersion()) {
			throw new StateConflictException("The cart changed since this review; review it again.");
		}
		checkPrices(review);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Map<Long, Long> orderIds = placement.insertOrders(reference, buyer.id(), review, now, now.plus(paymentWindow));
		Map<Long, Integer> quantities = new HashMap<>();
		review.consignments()
			.forEach(c -> c.items().forEach(item -> quantities.merge(item.variantId(), item.quantity(), Integer::sum)));
		placement.insertLines(review, orderIds, offers.reserve(quantities));
		reviews.remove(reviewId);
		return new CheckoutResult(reference, review.total(),
				placement.views(reference, buyer.id(), review, orderIds, now, now.plus(paymentWindow)), false);
	}

	private void checkPrices(Review review) {
		List<Review.Item> items = review.consignments().stream().flatMap(c -> c.items().stream()).toList();
		Map<Long, Offer> now = offers.offers(items.stream().map(Review.Item::variantId).toList(), review.market());
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

package org.twinport.ordering.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.twinport.catalog.Offers.Offer;
import org.twinport.ordering.Address;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Review;
import org.twinport.pricing.Quote;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reviewed checkout's expiry, cart-version and price rules, without Spring or a database. */
class ReviewedCheckoutTest {

	private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	private static final Money PRICE = Money.of("10.00", "EUR");

	private static final Address ADDRESS = new Address("Aino", "Katu 1", null, "Helsinki", null, "00100", "FI",
			null);

	private static final CartView CART = new CartView("FI", "EUR", 7,
			List.of(new CartView.Line(10, "TEA-1", "Tea", 3, 2, PRICE, true, Map.of())), Map.of());

	private static Review.Consignment consignment(String due, Instant quoteExpires, List<Quote.Refusal> refusals) {
		Money zero = Money.zero("EUR");
		Money total = Money.of(due, "EUR");
		Quote quote = new Quote(UUID.randomUUID(), "FI", "EUR", LocalDate.of(2026, 12, 7), null, List.of(),
				new Quote.Totals(total, zero, zero, zero, zero, total, Money.of("1.00", "EUR"), total), "rules", "fx",
				refusals, NOW, quoteExpires);
		Review.Item item = new Review.Item(10, "TEA-1", "Tea", "090210", "CN", 2, PRICE, 100, Map.of());
		return new Review.Consignment(3, "Tea House", "POSTAL", "5-9", List.of(item), zero, quote, Map.of());
	}

	private static Review review(Instant quoteExpires) {
		return ReviewedCheckout.review(UUID.randomUUID(), CART, ADDRESS,
				List.of(consignment("20.00", quoteExpires, List.of())), null, NOW);
	}

	private static Offer offer(Money price, boolean sellable) {
		return new Offer(10, "TEA-1", 1, 3, Map.of("en", "Tea"), "en", "090210", "CN", 100, price, sellable, null);
	}

	private static ReviewedCheckout checkout(Review review) {
		return ReviewedCheckout.of("TP-1", 5, "key-1", review);
	}

	@Test
	void aReviewTotalsItsConsignmentsAndExpiresWithItsFirstQuoteWithinAnHour() {
		Review soon = review(NOW.plus(Duration.ofMinutes(20)));
		Review late = review(NOW.plus(Duration.ofHours(3)));

		assertThat(soon.total()).isEqualTo(Money.of("20.00", "EUR"));
		assertThat(soon.dueAtBorder()).isEqualTo(Money.of("1.00", "EUR"));
		assertThat(soon.cartVersion()).isEqualTo(7);
		assertThat(soon.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
		assertThat(late.expiresAt()).isEqualTo(NOW.plus(ReviewedCheckout.LONGEST_REVIEW));
	}

	@Test
	void anEmptyCartOrOneWithoutMarketOrWithAnUnsellableLineIsNotReviewed() {
		assertThatThrownBy(() -> ReviewedCheckout.checkReviewable(new CartView(null, null, 1, CART.lines(), Map.of())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("market"));
		assertThatThrownBy(() -> ReviewedCheckout.checkReviewable(new CartView("FI", "EUR", 1, List.of(), Map.of())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("cart"));
		CartView unsellable = new CartView("FI", "EUR", 1,
				List.of(new CartView.Line(10, "TEA-1", "Tea", 3, 2, PRICE, false, Map.of())), Map.of());
		assertThatThrownBy(() -> ReviewedCheckout.checkReviewable(unsellable))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("lines[0].variantId");
				assertThat(ex.reason().args()).containsExactly("TEA-1", "FI");
			});
	}

	@Test
	void anOpenReviewOfTheCartVersionAtTheReviewedPricesIsPlaced() {
		Review review = review(NOW.plus(Duration.ofMinutes(20)));

		ReviewedCheckout.Placed placed = checkout(review).place(7L, Map.of(10L, offer(PRICE, true)),
				NOW.plusSeconds(60), Duration.ofMinutes(30));

		assertThat(placed).isEqualTo(new ReviewedCheckout.Placed("TP-1", 5, review, NOW.plusSeconds(60),
				NOW.plusSeconds(60).plus(Duration.ofMinutes(30))));
	}

	@Test
	void anExpiredReviewIsRefused() {
		ReviewedCheckout checkout = checkout(review(NOW.plus(Duration.ofMinutes(20))));
		Instant after = NOW.plus(Duration.ofMinutes(21));

		assertThatThrownBy(() -> checkout.checkOpenAt(after)).isInstanceOfSatisfying(StateConflictException.class,
				ex -> assertThat(ex.reason().code()).isEqualTo("ordering.problem.reviewExpired"));
		assertThatThrownBy(() -> checkout.place(7L, Map.of(10L, offer(PRICE, true)), after, Duration.ofMinutes(30)))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aCartChangedSinceReviewOrGoneIsRefused() {
		ReviewedCheckout checkout = checkout(review(NOW.plus(Duration.ofMinutes(20))));

		for (Long version : new Long[] { 8L, null }) {
			assertThatThrownBy(
					() -> checkout.place(version, Map.of(10L, offer(PRICE, true)), NOW, Duration.ofMinutes(30)))
				.isInstanceOfSatisfying(StateConflictException.class,
						ex -> assertThat(ex.reason().code()).isEqualTo("ordering.problem.cartChanged"));
		}
	}

	@Test
	void aPriceThatDriftedOrAnItemNoLongerOfferedIsRefused() {
		ReviewedCheckout checkout = checkout(review(NOW.plus(Duration.ofMinutes(20))));

		assertThatThrownBy(() -> checkout.place(7L, Map.of(10L, offer(Money.of("10.01", "EUR"), true)), NOW,
				Duration.ofMinutes(30)))
			.isInstanceOfSatisfying(StateConflictException.class, ex -> {
				assertThat(ex.reason().code()).isEqualTo("ordering.problem.priceChanged");
				assertThat(ex.reason().args()).containsExactly("TEA-1", PRICE.toString(),
						Money.of("10.01", "EUR").toString());
			});
		assertThatThrownBy(() -> checkout.place(7L, Map.of(10L, offer(PRICE, false)), NOW, Duration.ofMinutes(30)))
			.isInstanceOfSatisfying(StateConflictException.class,
					ex -> assertThat(ex.reason().code()).isEqualTo("ordering.problem.noLongerOffered"));
		assertThatThrownBy(() -> checkout.place(7L, Map.of(), NOW, Duration.ofMinutes(30)))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aReviewWhoseQuoteRefusesItsGoodsOrABadKeyIsNotACheckout() {
		Review refused = ReviewedCheckout.review(UUID.randomUUID(), CART, ADDRESS,
				List.of(consignment("20.00", NOW.plusSeconds(600), List.of(new Quote.Refusal("restricted", "no")))),
				null, NOW);

		assertThatThrownBy(() -> checkout(refused)).isInstanceOfSatisfying(StateConflictException.class,
				ex -> assertThat(ex.reason().code()).isEqualTo("ordering.problem.reviewNotPlaceable"));
		assertThatThrownBy(() -> ReviewedCheckout.of("TP-2", 5, " ", review(NOW.plusSeconds(600))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("Idempotency-Key"));
	}

	@Test
	void aKeyReplayedForAnotherReviewIsRefused() {
		UUID reviewed = UUID.randomUUID();
		var stored = new ReviewedCheckout.StoredCheckout("TP-9", reviewed, Money.of("20.00", "EUR"));

		ReviewedCheckout.checkReplay(stored, reviewed);
		assertThatThrownBy(() -> ReviewedCheckout.checkReplay(stored, UUID.randomUUID()))
			.isInstanceOfSatisfying(StateConflictException.class,
					ex -> assertThat(ex.reason().args()).containsExactly("TP-9"));
	}

}

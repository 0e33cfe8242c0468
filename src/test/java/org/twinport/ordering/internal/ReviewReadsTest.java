package org.twinport.ordering.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews being placed at the same time are read in one statement: each is found for its
 * own buyer only, even when another account asks for the same review in the same batch.
 */
class ReviewReadsTest extends IntegrationTest {

	@Autowired
	CheckoutStore checkouts;

	@Test
	void aReviewIsFoundForItsBuyerOnlyWhenReadTogetherWithAnotherAccountsRead() {
		var fixtures = new org.twinport.ordering.OrderingFixturesAccess(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "10.00", 3);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, variant, 1);
		UUID review = UUID.fromString(fixtures.reviewId(buyer));
		long owner = jdbc.sql("select account_id from ordering.checkout_review where id = :id")
			.param("id", review)
			.query(Long.class)
			.single();
		String version = jdbc.sql("select xmin::text from ordering.checkout_review where id = :id")
			.param("id", review)
			.query(String.class)
			.single();

		List<Optional<CheckoutStore.StoredReview>> read = checkouts
			.readReviews(List.of(new CheckoutStore.ReviewRead(review, owner + 1_000_000, ""),
					new CheckoutStore.ReviewRead(review, owner, ""), new CheckoutStore.ReviewRead(review, owner, version),
					new CheckoutStore.ReviewRead(UUID.randomUUID(), owner, "")));

		assertThat(read.get(0)).as("another account's read").isEmpty();
		assertThat(read.get(1)).hasValueSatisfying(row -> {
			assertThat(row.version()).isEqualTo(version);
			assertThat(row.document()).contains(review.toString());
		});
		assertThat(read.get(2)).as("the version cached: no document").hasValueSatisfying(row -> {
			assertThat(row.version()).isEqualTo(version);
			assertThat(row.document()).isNull();
		});
		assertThat(read.get(3)).as("no such review").isEmpty();
	}

}

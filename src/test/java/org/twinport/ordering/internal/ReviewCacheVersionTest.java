package org.twinport.ordering.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.twinport.identity.Role;
import org.twinport.ordering.OrderingFixturesAccess;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review written together with others is cached under its row's version as stored, so
 * that placing it reads no document.
 */
class ReviewCacheVersionTest extends IntegrationTest {

	@Autowired
	ReviewCache cache;

	@Test
	void theCachedVersionIsTheStoredRowsVersion() {
		OrderingFixturesAccess fixtures = new OrderingFixturesAccess(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long rose = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 20);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, rose, 1);
		String id = fixtures.reviewId(buyer);
		long account = jdbc.sql("select account_id from ordering.checkout_review where id = :id")
			.param("id", UUID.fromString(id))
			.query(Long.class)
			.single();
		String stored = jdbc.sql("select xmin::text from ordering.checkout_review where id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
		ReviewCache.Entry entry = cache.entry(account, UUID.fromString(id));
		assertThat(entry).isNotNull();
		assertThat(entry.rowVersion()).isEqualTo(stored);
	}

}

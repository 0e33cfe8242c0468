package org.twinport.ordering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinport.identity.AccountManagement;
import org.twinport.support.ApiClient;
import org.twinport.support.ApiClient.Response;

/** The fixtures for tests in the module's sub-packages. */
public final class OrderingFixturesAccess {

	private final OrderingFixtures fixtures;

	public OrderingFixturesAccess(ApiClient api, JdbcClient jdbc, AccountManagement accounts, String adminToken) {
		this.fixtures = new OrderingFixtures(api, jdbc, accounts, adminToken);
	}

	public long variant(String merchantCode, String price, int onHand) {
		return fixtures.variant(merchantCode, price, onHand);
	}

	public String buyer() {
		return fixtures.buyer();
	}

	public void cart(String buyer, long variant, int quantity) {
		fixtures.cart(buyer, variant, quantity);
	}

	public String reviewId(String buyer) {
		return fixtures.review(buyer).get("id").asString();
	}

	public Response place(String buyer, String reviewId, String key) {
		return fixtures.place(buyer, reviewId, key);
	}

	public int available(long variant) {
		return fixtures.available(variant);
	}

}

package org.twinport.ordering.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order not paid in time is cancelled by the sweep and its stock goes back on sale.
 */
class UnpaidOrdersTest extends IntegrationTest {

	@Autowired
	UnpaidOrders unpaid;

	@Test
	void anOrderNotPaidInTimeIsCancelledAndItsStockReleased() {
		var fixtures = new org.twinport.ordering.OrderingFixturesAccess(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "10.00", 3);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, variant, 3);
		var placed = fixtures.place(buyer, fixtures.reviewId(buyer), UUID.randomUUID().toString());
		long order = placed.json().get("orders").get(0).get("id").asLong();
		assertThat(fixtures.available(variant)).isZero();
		unpaid.cancelOverdue();
		assertThat(fixtures.available(variant)).as("not due yet").isZero();
		jdbc.sql("update ordering.customer_order set payment_due_at = now() - interval '1 minute' where id = :id")
			.param("id", order)
			.update();
		assertThat(unpaid.cancelOverdue()).isEqualTo(1);
		assertThat(fixtures.available(variant)).isEqualTo(3);
		assertThat(jdbc.sql("select status from ordering.customer_order where id = :id")
			.param("id", order)
			.query(String.class)
			.single()).isEqualTo("CANCELLED");
	}

}

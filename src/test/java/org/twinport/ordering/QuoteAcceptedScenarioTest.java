package org.twinport.ordering;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.QuoteAccepted;
import org.twinport.shared.Money;
import org.twinport.support.TwinportTestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordering turns an accepted quote into a B2B order without the matchmaking module that
 * publishes {@link QuoteAccepted} in the application. The slice holds what ordering uses
 * (catalog, pricing, identity, platform) and what the catalog itself needs (network).
 */
@ApplicationModuleTest(extraIncludes = { "platform", "identity", "network", "catalog", "pricing" })
@DirtiesContext
class QuoteAcceptedScenarioTest {

	private static final TwinportUser ADMIN = new TwinportUser(1, "admin", "Admin", Role.ADMIN, null, null, true,
			"");

	@DynamicPropertySource
	static void twinport(DynamicPropertyRegistry registry) {
		TwinportTestProperties.register(registry, TwinportTestProperties.freshHome());
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	B2bOrders b2bOrders;

	@Test
	void anAcceptedQuoteBecomesABusinessOrderOfTheSupplier(Scenario scenario) {
		long supplier = jdbc.sql("""
				insert into catalog.merchant (code, legal_name, display_names, home_place_id, country_code, payout_currency)
				values ('cn-slice-supplier', 'Slice Supplier Ltd', '{"en": "Slice Supplier"}', 0, 'CN', 'CNY')
				returning id""").query(Long.class).single();
		assertThat(b2bOrders.b2bOrders(ADMIN, 10)).isEmpty();
		QuoteAccepted accepted = new QuoteAccepted(31, 17, 5, null, 6, supplier, "Green tea", "090210",
				new BigDecimal("100"), "kg", Money.of("12.50", "EUR"), "FOB", "FI", 1, 21);

		scenario.publish(accepted)
			.andWaitForStateChange(() -> b2bOrders.b2bOrders(ADMIN, 10), orders -> !orders.isEmpty())
			.andVerify(orders -> {
				assertThat(orders).singleElement().satisfies(order -> {
					assertThat(order.checkoutReference()).isEqualTo("B2B-Q31");
					assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
					assertThat(order.supplierMerchantId()).isEqualTo(supplier);
					assertThat(order.incoterm()).isEqualTo("FOB");
					assertThat(order.total().amount()).isEqualByComparingTo("1250");
					assertThat(order.total().currency()).isEqualTo("EUR");
					assertThat(order.leadTimeDays()).isEqualTo(21);
				});
			});
	}

}

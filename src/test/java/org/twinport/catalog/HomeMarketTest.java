package org.twinport.catalog;

import org.junit.jupiter.api.Test;
import org.twinport.network.NetworkDirectory;
import org.twinport.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketplace's default market follows the home city of the network, not a country in
 * code; a home country checkout does not deliver to falls back to its first market. The
 * home city is changed inside a transaction that is rolled back.
 */
class HomeMarketTest extends IntegrationTest {

	@Autowired
	NetworkDirectory network;

	@Autowired
	DeliveryMarkets markets;

	@Autowired
	org.twinport.platform.SharedDataCaches caches;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theHomeCitysCountryWhenDeliveredElseTheFirstDeliveredMarket() {
		assertThat(new HomeMarket(network, markets, caches).country()).as("Jinan").isEqualTo("CN");

		transaction.executeWithoutResult(status -> {
			moveHomeTo("FI");
			assertThat(new HomeMarket(network, markets, caches).country()).isEqualTo("FI");

			String undelivered = jdbc.sql("""
					select min(country_code) from network.place
					where country_code not in (select country_code from ordering.market)""")
				.query(String.class)
				.single();
			moveHomeTo(undelivered);
			assertThat(new HomeMarket(network, markets, caches).country()).as("home in %s", undelivered)
				.isEqualTo(markets.countries().get(0));
			status.setRollbackOnly();
		});

		assertThat(new HomeMarket(network, markets, caches).country()).isEqualTo("CN");
	}

	private void moveHomeTo(String country) {
		jdbc.sql("update network.place set is_home = false where is_home").update();
		jdbc.sql("""
				update network.place set is_home = true
				where id = (select min(id) from network.place where country_code = :c)""").param("c", country).update();
	}

}

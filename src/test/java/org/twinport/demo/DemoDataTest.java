package org.twinport.demo;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DemoDataTest extends IntegrationTest {

	@Autowired
	DemoDataLoader loader;

	@Test
	void demoDatasetIsLoadedOnceAndMarked() {
		long partnerships = count("network.partnership");
		long accounts = count("identity.account");
		loader.run(new DefaultApplicationArguments());
		assertThat(count("network.partnership")).isEqualTo(partnerships);
		assertThat(count("identity.account")).isEqualTo(accounts);
		// Other tests share this database and may add ties of their own; the demo's are
		// all marked.
		assertThat(jdbc.sql("select count(*) from network.partnership where demo").query(Long.class).single())
			.isEqualTo(14);
	}

	@Test
	void thereIsADemoAccountForEveryRoleButAdmin() {
		assertThat(jdbc.sql("select role from identity.account where demo order by role").query(String.class).list())
			.containsExactly("BUYER", "MERCHANT", "PARTNER_OFFICE");
		assertThat(jdbc.sql("select count(*) from identity.account where demo and password_hash not like '{argon2}%'")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * The sample orders (demo/marketplace-orders.json) make eight orders, one per
	 * merchant and destination, all trade of the home city; their flows arrive through
	 * the ordering events, and the half-refunded one is half reversed.
	 */
	@Test
	void sampleOrdersBecomeMarketplaceFlowsThroughTheOrderingEvents() {
		List<Long> paid = jdbc
			.sql("select o.id from ordering.customer_order o join identity.account a on a.id = o.buyer_id "
					+ "where a.username = 'buyer.demo' and o.paid_amount > 0 order by o.id")
			.query(Long.class)
			.list();
		assertThat(paid).hasSize(8);
		List<String> keys = paid.stream().map(id -> "order-" + id).toList();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("select count(distinct order_id) from insight.trade_flow where order_id in (:k) and not reversal")
				.param("k", keys)
				.query(Long.class)
				.single() == 8);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql(
					"select count(*) from insight.trade_flow where order_id in (:k) and reversal and partner_country = 'DE'")
				.param("k", keys)
				.query(Long.class)
				.single() == 1);
		assertThat(jdbc
			.sql("select string_agg(distinct flow || ' ' || partner_country, ', ') from insight.trade_flow "
					+ "where order_id in (:k)")
			.param("k", keys)
			.query(String.class)
			.single()).isEqualTo("EXPORT DE, EXPORT FI, EXPORT GB, EXPORT JP, IMPORT FI, IMPORT JP, IMPORT KR");
	}

	@Test
	void sampleUpcomingExchangesAreDatedFromTheFirstStartAndMarked() {
		var upcoming = jdbc
			.sql("select title ->> 'en' from exchange.exchange where starts_at > now() and demo order by starts_at")
			.query(String.class)
			.list();
		assertThat(upcoming).hasSizeGreaterThanOrEqualTo(3).allMatch(title -> title.endsWith("(sample)"));
		assertThat(api().get("/exchanges/calendar").body()).contains("Online trade talk with Vantaa businesses (sample)");
		assertThat(DemoDataLoader.datedFrom("{\"start\": \"{{today+14}}T15:00\"}", java.time.LocalDate.of(2026, 12, 20)))
			.isEqualTo("{\"start\": \"2027-01-03T15:00\"}");
	}

	@Test
	void unknownFactsStayUnknown() {
		assertThat(jdbc
			.sql("select established_precision from network.partnership s join network.place p "
					+ "on p.id = s.partner_place_id where p.code = 'bg-kazanlak'")
			.query(String.class)
			.single()).isEqualTo("UNKNOWN");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

package org.twinport.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.twinport.catalog.DeliveryMarkets;
import org.twinport.ordering.OrderGoods;
import org.twinport.ordering.OrderPaid;
import org.twinport.shared.Money;
import org.twinport.support.TwinportTestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insight records a marketplace trade flow from {@link OrderPaid}, published here as the
 * ordering module would after a payment, without the ordering module. The slice holds
 * what insight reads (network, catalog) and pricing, which classifies the catalog's
 * products; the catalog's delivery markets, which ordering provides in the application,
 * are a fixed list here.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "identity", "network", "catalog", "pricing" })
@DirtiesContext
class OrderPaidScenarioTest {

	@DynamicPropertySource
	static void twinport(DynamicPropertyRegistry registry) {
		TwinportTestProperties.register(registry, TwinportTestProperties.freshHome());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OrderingOutsideTheSlice {

		@Bean
		DeliveryMarkets deliveryMarkets() {
			return () -> List.of("CN", "FI");
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPaidOrderFromAHomeMerchantToABuyerAbroadIsAnExport(Scenario scenario) {
		long home = jdbc.sql("""
				insert into network.place (code, kind, names, country_code, continent, is_home)
				values ('cn-slice-home', 'CITY', '{"en": "Slice Home"}', 'CN', 'ASIA', true) returning id""")
			.query(Long.class)
			.single();
		long merchant = jdbc.sql("""
				insert into catalog.merchant (code, legal_name, display_names, home_place_id, country_code, payout_currency)
				values ('cn-slice-tea', 'Slice Tea Ltd', '{"en": "Slice Tea"}', :home, 'CN', 'CNY') returning id""")
			.param("home", home)
			.query(Long.class)
			.single();
		OrderGoods goods = new OrderGoods("FI", "Tampere", false, List.of(new OrderGoods.Line(1, "0902.10", "CN", null,
				new BigDecimal("10"), "pcs", Money.of("125.00", "USD"))));
		OrderPaid paid = new OrderPaid(9001, "CHK-SLICE", merchant, 42, Money.of("140.00", "USD"), "bank-transfer",
				Instant.now(), goods);

		scenario.publish(paid).andWaitForStateChange(this::marketplaceFlows, flows -> !flows.isEmpty())
			.andVerify(flows -> assertThat(flows).singleElement()
				.satisfies(flow -> assertThat(flow).containsEntry("flow", "EXPORT")
					.containsEntry("reporter", "cn-slice-home")
					.containsEntry("partner_country", "FI")
					.containsEntry("hs_code", "090210")
					.containsEntry("channel", "CBEC_9610")
					.containsEntry("reporting_value", new BigDecimal("125.00"))));
	}

	private List<Map<String, Object>> marketplaceFlows() {
		return jdbc.sql("""
				select flow, reporter, partner_country, hs_code, channel, reporting_value from insight.trade_flow
				where source_kind = 'MARKETPLACE'""").query().listOfRows();
	}

}

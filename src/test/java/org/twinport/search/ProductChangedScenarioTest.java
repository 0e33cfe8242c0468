package org.twinport.search;

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
import org.twinport.catalog.ProductChanged;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductStatus;
import org.twinport.shared.Money;
import org.twinport.support.TwinportTestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product the catalog lists is found by search once the catalog's
 * {@link ProductChanged} reaches the index. The slice holds search, the catalog that
 * publishes the event (and what it needs: network, and pricing to classify the product);
 * the catalog's delivery markets, which ordering provides in the application, are a fixed
 * list here.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "identity", "network", "catalog", "pricing" })
@DirtiesContext
class ProductChangedScenarioTest {

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

	@Autowired
	ProductManagement products;

	@Autowired
	ProductSearch search;

	@Test
	void aListedProductIsFoundOnceTheCatalogSaysItChanged(Scenario scenario) {
		long merchant = jdbc.sql("""
				insert into catalog.merchant (code, legal_name, display_names, home_place_id, country_code, payout_currency,
				  verification)
				values ('cn-slice-tea', 'Slice Tea Ltd', '{"en": "Slice Tea"}', 0, 'CN', 'CNY', 'VERIFIED') returning id""")
			.query(Long.class)
			.single();
		ProductDraft draft = new ProductDraft("SLICE-TEA", null, "en",
				Map.of("en", new ProductDraft.Text("Longjing slicetea", "Picked in April.")), null, "090210", "CN", 100,
				null, Money.of("78.00", "CNY"), ProductStatus.ACTIVE, List.of("FI"), null,
				List.of(new ProductDraft.VariantDraft("SLICE-TEA-50", Map.of(), null, 50, 10)));

		scenario.stimulate(() -> products.create(merchant, draft))
			.andWaitForStateChange(() -> search.search(query("slicetea")), result -> result.total() > 0)
			.andVerify((result, product) -> {
				assertThat(result.total()).isEqualTo(1);
				assertThat(result.hits()).singleElement()
					.satisfies(hit -> assertThat(hit.productId()).isEqualTo(product.id()));
			});
	}

	private static SearchQuery query(String words) {
		return new SearchQuery(words, "en", null, null, null, null, null, null, null, null,
				SearchQuery.Sort.RELEVANCE, null, 10);
	}

}

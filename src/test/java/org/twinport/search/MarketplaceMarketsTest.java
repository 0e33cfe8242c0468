package org.twinport.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketplace offers exactly the markets checkout delivers to (ordering.market), on
 * the listing and on a product page: none that checkout would refuse, none hidden.
 */
class MarketplaceMarketsTest extends IntegrationTest {

	private static final Pattern OPTION = Pattern.compile("<option value=\"([A-Z]{2})\"");

	@Test
	void theMarketSwitchersListTheDeliveryMarkets() {
		List<String> delivered = jdbc.sql("select country_code from ordering.market order by country_code")
			.query(String.class)
			.list();
		assertThat(delivered).contains("AU", "IT", "FI", "CN");
		WebSession visitor = new WebSession(baseUrl());

		assertThat(marketOptions(visitor.get("/marketplace?market=AU").body())).isEqualTo(delivered);
		long product = jdbc.sql("select min(id) from catalog.product where status = 'ACTIVE'")
			.query(Long.class)
			.single();
		assertThat(marketOptions(visitor.get("/marketplace/products/" + product).body())).isEqualTo(delivered);
		assertThat(visitor.get("/marketplace?market=AU").body()).containsPattern("<option value=\"AU\"[^>]*selected");
		String homeCountry = jdbc.sql("select country_code from network.place where is_home order by id limit 1")
			.query(String.class)
			.single();
		assertThat(homeCountry).as("Jinan's").isEqualTo("CN");
		assertThat(visitor.get("/marketplace").body()).as("the market chosen before")
			.containsPattern("<option value=\"AU\"[^>]*selected");
		WebSession newcomer = new WebSession(baseUrl());
		assertThat(newcomer.get("/marketplace?market=BR").body()).as("not delivered to: the home city's market instead")
			.containsPattern("<option value=\"" + homeCountry + "\"[^>]*selected");
		assertThat(newcomer.get("/marketplace").body()).as("none chosen: the home city's market")
			.containsPattern("<option value=\"" + homeCountry + "\"[^>]*selected");
	}

	private static List<String> marketOptions(String page) {
		int select = page.indexOf("name=\"market\"");
		assertThat(select).as("a market switcher").isPositive();
		String options = page.substring(select, page.indexOf("</select>", select));
		List<String> markets = new ArrayList<>();
		Matcher matcher = OPTION.matcher(options);
		while (matcher.find()) {
			markets.add(matcher.group(1));
		}
		return markets;
	}

}

package org.twinport.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.identity.Role;
import org.twinport.pricing.LineExplanations;
import org.twinport.pricing.QuoteLine;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review explains every line for every demo market, in English and in Simplified
 * Chinese: a consignment under each market's low-value limits and one over them.
 */
class ReviewExplanationsTest extends IntegrationTest {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	JsonMapper json;

	@Autowired
	LineExplanations explanations;

	record Market(String country, String currency, String postalCode, boolean regionRequired) {
	}

	@Test
	void everyLineOfEveryDemoMarketSaysWhyItAppliesInBothLanguages() {
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		List<Market> markets = jdbc
			.sql("select country_code, currency, postal_code_example, region_required from ordering.market")
			.query((rs, n) -> new Market(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
		assertThat(markets).extracting(Market::country)
			.contains("FI", "BG", "DE", "FR", "GB", "US", "JP", "KR", "RU", "AU", "CN");
		List<String> all = markets.stream().map(Market::country).toList();
		// Chinese goods for every market but China, which gets German goods.
		long cnLow = product(fixtures, "cn-jinan-sample-pingyin-rose", "80.00", "CNY", all);
		long cnHigh = product(fixtures, "cn-jinan-sample-pingyin-rose", "480.00", "CNY", all);
		long deLow = product(fixtures, "de-augsburg-sample-kitchen", "10.00", "EUR", all);
		long deHigh = product(fixtures, "de-augsburg-sample-kitchen", "60.00", "EUR", all);
		List<String> unexplained = new ArrayList<>();
		TreeSet<String> forms = new TreeSet<>();
		TreeSet<String> unpriced = new TreeSet<>();
		for (Market market : markets) {
			boolean china = market.country().equals("CN");
			for (boolean high : new boolean[] { false, true }) {
				long variant = china ? (high ? deHigh : deLow) : (high ? cnHigh : cnLow);
				String buyer = fixtures.buyer();
				ok(api().put("/api/v1/cart",
						"{\"market\": \"" + market.country() + "\", \"currency\": \"" + market.currency() + "\"}",
						buyer));
				ok(api().post("/api/v1/cart/lines",
						"{\"variantId\": " + variant + ", \"quantity\": " + (high ? 5 : 1) + "}", buyer));
				Response review = api().post("/api/v1/checkout/reviews",
						"""
								{"address": {"name": "Test Buyer", "line1": "Street 1", "city": "City", "region": %s,
								 "postalCode": "%s", "country": "%s"}}""".formatted(
								market.regionRequired() ? "\"Region\"" : "null", market.postalCode(), market.country()),
						buyer);
				String where = market.country() + (high ? " over the limits" : " under the limits");
				if (review.status() == 409 && review.body().contains("No duty rate is known")) {
					// no tariff data for the market: refused with the reason, never priced at zero
					unpriced.add(market.country());
					continue;
				}
				assertThat(review.status()).as(where + ": " + review).isEqualTo(201);
				for (JsonNode consignment : review.json().get("consignments")) {
					for (JsonNode line : consignment.get("quote").get("lines")) {
						String type = line.get("type").asString();
						String description = line.get("description").asString();
						QuoteLine quoted = json.treeToValue(line, QuoteLine.class);
						Optional<String> english = worded(quoted, Locale.ENGLISH);
						Optional<String> chinese = worded(quoted, ZH);
						if (english.isEmpty() || chinese.isEmpty() || !english.get().equals(description)) {
							unexplained.add(where + ": " + type + " " + quoted.reason() + " \"" + description + "\"");
							continue;
						}
						forms.add(type + ": " + english.get());
						if (!type.equals("GOODS")) {
							assertThat(chinese.get()).as(where + " " + description).matches(".*[\\u4e00-\\u9fff].*");
						}
						if (List.of("DUTY", "VAT", "GST", "CONSUMPTION_TAX").contains(type)) {
							// says the rate or the rule that makes it nothing
							assertThat(english.get()).as(where + " " + description).containsAnyOf("%", "No ", "≤", "Free");
						}
					}
				}
			}
		}
		assertThat(unexplained).as("lines without an explanation").isEmpty();
		assertThat(unpriced).as("markets without duty data, refused over their thresholds").containsOnly("CA", "IL");
		assertThat(forms).as("what the markets explain")
			// tea is food: 13.5% in Finland, zero-rated in the UK, GST-free in Australia
			.anyMatch(f -> f.equals("VAT: VAT 13.5% collected now under IOSS (consignment ≤ 150 EUR)"))
			.anyMatch(f -> f.startsWith("VAT: VAT 0% collected now under UK VAT at point of sale"))
			.anyMatch(f -> f.startsWith("GST: GST 0% collected now under Australian GST"))
			.anyMatch(f -> f.startsWith("DUTY: Duty Free on national tariff line 09023000 (tariff HTS-2026-rev10)"))
			.anyMatch(f -> f.startsWith("CONSUMPTION_TAX: Consumption tax"))
			.anyMatch(f -> f.startsWith("DUTY: No duty"));
		// a line quoted before reasons were codes still reads in Chinese
		assertThat(explanations.explained("VAT 25.5% collected now under IOSS (consignment ≤ 150 EUR)", ZH))
			.contains("增值税 25.5%，按欧盟进口一站式申报（IOSS）在结账时代收（货值 ≤ 150 EUR）");
	}

	private long product(OrderingFixtures fixtures, String merchantCode, String price, String currency,
			List<String> markets) {
		long merchant = jdbc.sql("select id from catalog.merchant where code = :c")
			.param("c", merchantCode)
			.query(Long.class)
			.single();
		String sku = "X-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String body = """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Explained tea %s"}},
				 "hsCode": "09023000", "originCountry": "%s", "weightGrams": 200,
				 "basePrice": {"amount": "%s", "currency": "%s"}, "status": "ACTIVE", "markets": [%s],
				 "variants": [{"sku": "%s-A", "options": {"size": "100 g"}}]}""".formatted(sku, sku,
				merchantCode.startsWith("de") ? "DE" : "CN", price, currency,
				String.join(",", markets.stream().map(m -> "\"" + m + "\"").toList()), sku);
		Response created = api().post("/api/v1/catalog/products?merchantId=" + merchant, body, tokenFor(Role.ADMIN));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long variant = created.json().get("variants").get(0).get("id").asLong();
		Response stock = api().put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": 500}",
				tokenFor(Role.ADMIN));
		assertThat(stock.status()).as(stock.toString()).isEqualTo(200);
		return variant;
	}

	private static void ok(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}


	/** The line's reason worded from the bundles; empty when it has no code or the bundle lacks it. */
	private Optional<String> worded(QuoteLine line, Locale locale) {
		if (line.reason() == null) {
			return Optional.empty();
		}
		String text = explanations.explain(line, locale);
		return text.contains("line.") || text.contains("msg:") ? Optional.empty() : Optional.of(text);
	}

}

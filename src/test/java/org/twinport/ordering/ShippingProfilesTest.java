package org.twinport.ordering;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merchants edit their shipping zones, weight brackets and services; the review prices
 * each merchant's consignment from them with the service the buyer picked.
 */
class ShippingProfilesTest extends IntegrationTest {

	private static final String OCEANIA = """
			{"countries": ["AU"], "rates": [
			 {"service": "POSTAL", "maxWeightGrams": 2000, "price": {"amount": "4.00", "currency": "EUR"},
			  "transitMinDays": 5, "transitMaxDays": 9},
			 {"service": "EXPRESS", "maxWeightGrams": 2000, "price": {"amount": "20.00", "currency": "EUR"},
			  "transitMinDays": 2, "transitMaxDays": 3}]}""";

	@Test
	void aMerchantsZoneSetsShippingAndTransitAtReviewForTheServiceTheBuyerPicks() {
		String admin = tokenFor(Role.ADMIN);
		long merchant = merchant("cn-jinan-sample-black-garlic");
		String zones = "/api/v1/shipping/zones";
		String code = "oceania-" + UUID.randomUUID().toString().substring(0, 6);
		Response saved = api().put(zones + "/" + code + "?merchantId=" + merchant, OCEANIA, admin);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("countries").get(0).asString()).isEqualTo("AU");
		assertThat(saved.json().get("rates")).hasSize(2);
		assertThat(api().get(zones + "?merchantId=" + merchant, admin).json().findValuesAsString("code"))
			.contains(code);

		long variant = variant(merchant);
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, admin);
		String buyer = fixtures.buyer();
		assertThat(api().put("/api/v1/cart", "{\"market\": \"AU\", \"currency\": \"AUD\"}", buyer).status())
			.isEqualTo(200);
		assertThat(
				api().post("/api/v1/cart/lines", "{\"variantId\": " + variant + ", \"quantity\": 2}", buyer).status())
			.isEqualTo(200);
		JsonNode postal = review(buyer).get("consignments").get(0);
		assertThat(postal.get("service").asString()).isEqualTo("POSTAL");
		assertThat(postal.get("transitDays").asString()).isEqualTo("5–9");
		assertThat(postal.get("shippingCost").get("amount").asString()).isEqualTo("4.00");
		assertThat(api().put("/api/v1/cart/shipping/" + merchant, "{\"service\": \"EXPRESS\"}", buyer).status())
			.isEqualTo(200);
		JsonNode express = review(buyer).get("consignments").get(0);
		assertThat(express.get("service").asString()).isEqualTo("EXPRESS");
		assertThat(express.get("transitDays").asString()).isEqualTo("2–3");
		assertThat(express.get("shippingCost").get("amount").asString()).isEqualTo("20.00");

		Response deleted = api().send("DELETE", zones + "/" + code + "?merchantId=" + merchant, null, admin);
		assertThat(deleted.status()).isEqualTo(204);
		JsonNode fallback = review(buyer).get("consignments").get(0);
		assertThat(fallback.get("transitDays").asString()).as("the platform default for AU").isNotEqualTo("2–3");
		assertThat(api().send("DELETE", zones + "/" + code + "?merchantId=" + merchant, null, admin).status())
			.isEqualTo(404);
	}

	@Test
	void badZonesAreRefusedNamingTheFieldAndMerchantsEditOnlyTheirOwn() {
		String admin = tokenFor(Role.ADMIN);
		long merchant = merchant("cn-jinan-sample-black-garlic");
		String path = "/api/v1/shipping/zones/bad-zone?merchantId=" + merchant;
		assertField(api().put(path, OCEANIA.replace("\"AU\"", "\"ZZ\""), admin), "countries[0]");
		assertField(api().put(path, OCEANIA.replace("\"POSTAL\"", "\"SEA\""), admin), "rates[0].service");
		assertField(api().put(path, OCEANIA.replace("\"transitMaxDays\": 9", "\"transitMaxDays\": 4"), admin),
				"rates[0].transitMaxDays");
		assertField(api().put(path, OCEANIA.replace("\"EXPRESS\"", "\"POSTAL\""), admin), "rates[1].maxWeightGrams");
		assertField(api().put(path, OCEANIA.replace("\"maxWeightGrams\": 2000,", "\"maxWeightGrams\": 0,"), admin),
				"rates[0].maxWeightGrams");
		assertField(api().put(path, OCEANIA.replace("\"4.00\"", "\"4.001\""), admin), "rates[0].price.amount");
		assertField(api().put(path, "{\"countries\": [\"AU\"], \"rates\": []}", admin), "rates");
		assertField(api().put("/api/v1/shipping/zones/Bad%20Zone!?merchantId=" + merchant, OCEANIA, admin), "code");
		assertField(api().put("/api/v1/shipping/zones/no-merchant", OCEANIA, admin), "merchantId");
		assertThat(api().get("/api/v1/shipping/zones?merchantId=" + merchant, admin).json().findValuesAsString("code"))
			.as("nothing stored")
			.doesNotContain("bad-zone");

		String merchantToken = tokenFor(Role.MERCHANT);
		long own = jdbc.sql("select company_id from identity.account where username = :u")
			.param("u", usernameFor(Role.MERCHANT))
			.query(Long.class)
			.single();
		assertThat(own).isNotEqualTo(merchant);
		assertThat(api().put(path, OCEANIA, merchantToken).status()).as("another merchant's profile").isEqualTo(403);
		assertThat(api().get("/api/v1/shipping/zones?merchantId=" + merchant, merchantToken).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/shipping/zones", merchantToken).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/shipping/defaults", merchantToken).json().findValuesAsString("code"))
			.contains("eu", "au", "cn");
		assertThat(api().get("/api/v1/shipping/zones", tokenFor(Role.BUYER)).status()).isEqualTo(403);
	}

	@Test
	void theMerchantEditsItsZonesOnItsShippingPage() {
		WebSession merchant = WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT));
		String code = "page-" + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> page = merchant.get("/merchant/shipping");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Shipping profile").contains("id=\"zone-form\"").contains("Platform defaults");
		String rows = "&service=POSTAL&maxWeightGrams=1000&amount=5.50&currency=EUR&transitMinDays=6&transitMaxDays=10"
				+ "&service=EXPRESS&maxWeightGrams=1000&amount=15&currency=USD&transitMinDays=2&transitMaxDays=4"
				+ "&service=POSTAL&maxWeightGrams=&amount=&currency=EUR&transitMinDays=&transitMaxDays=";
		HttpResponse<String> bad = merchant.postForm("/merchant/shipping", "code=" + code + "&countries=KR,ZZ" + rows);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("role=\"alert\"").contains("countries[1]");
		assertThat(page.body()).as("a pattern that browsers compile (with the v flag, a bare '-' in a class is an error)")
			.contains("pattern=\"[A-Za-z0-9][A-Za-z0-9\\-]*\"");
		String refusedForm = bad.body();
		assertThat(refusedForm).as("the refused form keeps everything typed")
			.contains("name=\"code\" value=\"" + code + "\"")
			.contains("value=\"KR,ZZ\"")
			.contains("id=\"weight-2\" value=\"1000\"")
			.contains("id=\"amount-2\" value=\"15\"")
			.contains("id=\"max-2\" value=\"4\"");
		String secondRow = refusedForm.substring(refusedForm.indexOf("id=\"service-2\""), refusedForm.indexOf("id=\"min-2\""));
		assertThat(secondRow).contains("<option value=\"EXPRESS\" selected=\"selected\">Express")
			.contains("<option value=\"USD\" selected=\"selected\">US Dollar (USD)");
		HttpResponse<String> saved = merchant.postForm("/merchant/shipping", "code=" + code + "&countries=KR" + rows);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String shown = merchant.get("/merchant/shipping?saved=" + code).body();
		assertThat(shown).contains("Zone " + code + ": KR").contains("5.50 EUR").contains("2–4");
		assertThat(merchant.get("/merchant/shipping?lang=zh-CN").body()).contains("运费设置").contains("快递");
		merchant.get("/merchant/shipping?lang=en");
		assertThat(merchant.postForm("/merchant/shipping/" + code + "/delete", "").statusCode()).isEqualTo(302);
		assertThat(merchant.get("/merchant/shipping").body()).doesNotContain("Zone " + code);

		// ADMIN picks the merchant first, then sees that merchant's profile.
		WebSession admin = WebSession.signedIn(baseUrl(), "admin", passwordFor(Role.ADMIN));
		String chooser = admin.get("/merchant/shipping").body();
		long garlic = merchant("cn-jinan-sample-black-garlic");
		assertThat(chooser).contains("id=\"shipping-merchants\"").contains("/merchant/shipping?merchantId=" + garlic);
		assertThat(admin.get("/merchant/shipping?merchantId=" + garlic).body()).contains("id=\"zone-form\"");
	}

	private JsonNode review(String buyer) {
		Response review = api().post("/api/v1/checkout/reviews", """
				{"address": {"name": "Olivia Smith", "line1": "1 George St", "city": "Sydney", "region": "NSW",
				 "postalCode": "2000", "country": "AU"}}""", buyer);
		assertThat(review.status()).as(review.toString()).isEqualTo(201);
		return review.json();
	}

	private long merchant(String code) {
		return jdbc.sql("select id from catalog.merchant where code = :c").param("c", code).query(Long.class).single();
	}

	private long variant(long merchant) {
		String sku = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Response created = api().post("/api/v1/catalog/products?merchantId=" + merchant, """
				{"sku": "%s", "categoryCode": "food", "texts": {"en": {"title": "Shipped garlic %s"}},
				 "hsCode": "07032000", "originCountry": "CN", "weightGrams": 300,
				 "basePrice": {"amount": "30.00", "currency": "CNY"}, "status": "ACTIVE", "markets": ["AU"],
				 "variants": [{"sku": "%s-A"}]}""".formatted(sku, sku, sku), tokenFor(Role.ADMIN));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long variant = created.json().get("variants").get(0).get("id").asLong();
		assertThat(api()
			.put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": 20}", tokenFor(Role.ADMIN))
			.status()).isEqualTo(200);
		return variant;
	}

	private static void assertField(Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.toString())
			.isEqualTo(field);
	}

}

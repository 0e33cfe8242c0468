package org.twinport.ordering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cart holding goods that cannot be sold to its market (a wooden spoon of Russian
 * origin into Germany, Regulation (EU) 2022/576): the review API answers 409 naming the
 * cart line, the review page says why in the reader's language and offers no way to
 * place, and the merchant's product page names the markets it cannot be sold to.
 */
class RestrictedGoodsCheckoutTest extends IntegrationTest {

	private static final String DE_ADDRESS = """
			{"address": {"name": "Anna Schmidt", "line1": "Maximilianstraße 1", "city": "Augsburg",
			 "postalCode": "86150", "country": "DE"}}""";

	private long product(String sku, String hsCode, String origin) {
		long merchant = jdbc.sql("select id from catalog.merchant where code = 'cn-jinan-sample-pingyin-rose'")
			.query(Long.class)
			.single();
		String body = """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Painted spoon %s"},
				 "zh": {"title": "彩绘木勺 %s"}}, "hsCode": "%s", "originCountry": "%s", "weightGrams": 80,
				 "basePrice": {"amount": "60.00", "currency": "CNY"}, "status": "ACTIVE", "markets": ["DE", "GB", "FI"],
				 "variants": [{"sku": "%s-A", "options": {"size": "one"}}]}""".formatted(sku, sku, sku, hsCode, origin,
				sku);
		Response created = api().post("/api/v1/catalog/products?merchantId=" + merchant, body, tokenFor(Role.ADMIN));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private long variantOf(long product) {
		Response read = api().get("/api/v1/catalog/products/" + product, tokenFor(Role.ADMIN));
		long variant = read.json().get("variants").get(0).get("id").asLong();
		Response stock = api().put("/api/v1/catalog/variants/" + variant + "/stock/main", "{\"onHand\": 20}",
				tokenFor(Role.ADMIN));
		assertThat(stock.status()).as(stock.toString()).isEqualTo(200);
		return variant;
	}

	@Test
	void aRefusedLineIsNamedByTheApiExplainedOnTheReviewPageAndCannotBePlaced() {
		String sku = "SPOON-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		long spoon = variantOf(product(sku, "441919", "RU"));
		long tea = variantOf(product(sku + "-T", "090210", "CN"));

		String username = "spoon.buyer." + System.nanoTime();
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Spoon buyer", Role.BUYER, null, null, false));
		String token = api().post("/api/v1/auth/tokens",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"t\"}", null)
			.json()
			.get("token")
			.asString();
		assertThat(api().put("/api/v1/cart", "{\"market\": \"DE\", \"currency\": \"EUR\"}", token).status())
			.isEqualTo(200);
		assertThat(api().post("/api/v1/cart/lines", "{\"variantId\": " + tea + ", \"quantity\": 1}", token).status())
			.isEqualTo(200);
		assertThat(api().post("/api/v1/cart/lines", "{\"variantId\": " + spoon + ", \"quantity\": 2}", token).status())
			.isEqualTo(200);

		Response review = api().post("/api/v1/checkout/reviews", DE_ADDRESS, token);
		assertThat(review.status()).as(review.toString()).isEqualTo(409);
		assertThat(review.contentType()).contains("application/problem+json");
		JsonNode errors = review.json().get("errors");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("cart.lines[" + spoon + "]");
		assertThat(errors.get(0).get("message").asString()).contains(sku + "-A")
			.contains("Cannot be sold to Germany")
			.contains("Regulation (EU) 2022/576");

		WebSession browser = WebSession.signedIn(baseUrl(), username, password);
		String form = "name=" + encode("Anna Schmidt") + "&line1=" + encode("Maximilianstraße 1")
				+ "&city=Augsburg&postalCode=86150&country=DE";
		var english = browser.postForm("/checkout/review?lang=en", form);
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("Painted spoon " + sku)
			.contains("Cannot be sold to Germany: goods of HS 441919 originating in Russia may not be imported there")
			.contains("Regulation (EU) 2022/576")
			.contains("id=\"not-placeable\"")
			.doesNotContain("id=\"place\"");
		var chinese = browser.postForm("/checkout/review?lang=zh-CN", form);
		assertThat(chinese.statusCode()).isEqualTo(200);
		assertThat(chinese.body()).contains("不能销往德国：原产于俄罗斯的税号 441919 商品禁止进口")
			.as("the product's Chinese title").contains("彩绘木勺 " + sku)
			.doesNotContain("Painted spoon " + sku)
			.contains("本订单无法提交")
			.doesNotContain("id=\"place\"");

		// the stored review cannot be placed through the API either
		String reviewId = jdbc
			.sql("select r.id::text from ordering.checkout_review r join identity.account a on a.id = r.account_id "
					+ "where a.username = :u order by r.created_at desc limit 1")
			.param("u", username)
			.query(String.class)
			.single();
		Response place = api().send("POST", "/api/v1/checkout/orders", "{\"reviewId\": \"" + reviewId + "\"}", token,
				"Idempotency-Key", UUID.randomUUID().toString());
		assertThat(place.status()).as(place.toString()).isEqualTo(409);
	}

	@Test
	void theMerchantsProductPageNamesTheMarketsItCannotBeSoldTo() {
		String sku = "SPOON-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		long russian = product(sku, "441919", "RU");
		long finnish = product(sku + "-FI", "441919", "FI");
		WebSession admin = WebSession.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
		String page = admin.get("/merchant/products/" + russian + "?lang=en").body();
		assertThat(page).contains("Markets it cannot be sold to")
			.contains("Cannot be sold to Germany: goods of HS 441919 originating in Russia")
			.contains("Cannot be sold to Finland:")
			.doesNotContain("Cannot be sold to United Kingdom");
		assertThat(admin.get("/merchant/products/" + russian + "?lang=zh-CN").body()).contains("不能销往的市场")
			.contains("不能销往德国：原产于俄罗斯的税号 441919 商品禁止进口");
		assertThat(admin.get("/merchant/products/" + finnish + "?lang=en").body())
			.doesNotContain("id=\"sale-restrictions\"");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

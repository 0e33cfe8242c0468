package org.twinport.ordering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer says at checkout that it buys as a business with its tax number: the review is
 * quoted for it (no VAT charged by the seller where the law says so) and says so, in the
 * API and on the review page in both languages.
 */
class BusinessBuyerCheckoutTest extends IntegrationTest {

	private static final String GB_ADDRESS = """
			"address": {"name": "Ada Lovelace", "line1": "1 Priory Street", "city": "Coventry",
			 "postalCode": "CV1 5RR", "country": "GB"}""";

	private OrderingFixtures fixtures() {
		return new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
	}

	private static JsonNode vat(JsonNode review) {
		for (JsonNode line : review.get("consignments").get(0).get("quote").get("lines")) {
			if (line.get("type").asString().equals("VAT")) {
				return line;
			}
		}
		throw new AssertionError("no VAT line in " + review);
	}

	@Test
	void theApiReviewsForABusinessBuyerAndRefusesABadTaxNumberWithoutKeepingAReview() {
		var fixtures = fixtures();
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "80.00", 50);
		String buyer = fixtures.buyer();
		fixtures.cart(buyer, variant, 1);

		Response business = api().post("/api/v1/checkout/reviews", "{" + OrderingFixtures.FI_ADDRESS
			.substring(1, OrderingFixtures.FI_ADDRESS.length() - 1)
				+ ", \"buyer\": {\"type\": \"BUSINESS\", \"taxId\": \"FI12345678\"}}", buyer);
		assertThat(business.status()).as(business.toString()).isEqualTo(201);
		assertThat(business.json().get("buyer").get("taxId").asString()).isEqualTo("FI12345678");
		JsonNode vat = vat(business.json());
		assertThat(vat.get("reason").asString()).isEqualTo("tax.business.import");
		// checkout quotes DDP: the import VAT is prepaid, not collected under IOSS
		assertThat(vat.get("collected").asString()).isEqualTo("AT_CHECKOUT");
		assertThat(vat.get("ruleId").asString()).isNotEqualTo("EU-IOSS");
		Response consumer = api().post("/api/v1/checkout/reviews", OrderingFixtures.FI_ADDRESS, buyer);
		assertThat(vat(consumer.json()).get("reason").asString()).isEqualTo("tax.pointOfSale");

		long account = jdbc.sql("select account_id from ordering.checkout_review where id = cast(:id as uuid)")
			.param("id", consumer.json().get("id").asString())
			.query(Long.class)
			.single();
		long before = reviewsOf(account);
		Response bad = api().post("/api/v1/checkout/reviews", "{" + OrderingFixtures.FI_ADDRESS
			.substring(1, OrderingFixtures.FI_ADDRESS.length() - 1)
				+ ", \"buyer\": {\"type\": \"BUSINESS\", \"taxId\": \"FI1234\"}}", buyer);
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("buyer.taxId");
		assertThat(reviewsOf(account)).as("no review kept for the refused one").isEqualTo(before);
	}

	private long reviewsOf(long account) {
		return jdbc.sql("select count(*) from ordering.checkout_review where account_id = :a")
			.param("a", account)
			.query(Long.class)
			.single();
	}

	@Test
	void theReviewPageNamesTheBusinessBuyerAndTheReverseChargeInEnglishAndChinese() throws Exception {
		var fixtures = fixtures();
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "80.00", 50);
		String username = "buyer.business." + java.util.UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Business buyer", Role.BUYER, null, null, false));
		WebSession session = WebSession.signedIn(baseUrl(), username, password);
		assertThat(session.postForm("/cart", "market=GB&currency=GBP").statusCode()).isEqualTo(302);
		assertThat(session.postForm("/cart/lines", "variantId=" + variant + "&quantity=1").statusCode()).isEqualTo(302);
		String form = "name=" + encode("Ada Lovelace") + "&line1=" + encode("1 Priory Street") + "&city=Coventry"
				+ "&postalCode=" + encode("CV1 5RR") + "&country=GB&buyerType=BUSINESS&taxId=GB123456789";

		String en = session.postForm("/checkout/review?lang=en", form).body();
		assertThat(en).contains("Business buyer, VAT number GB123456789")
			.contains("not charged by the seller: reverse charge, the VAT-registered business (VAT number GB123456789)");
		String zh = session.postForm("/checkout/review?lang=zh-CN", form).body();
		assertThat(zh).contains("企业买家，英国增值税号 GB123456789").contains("卖方不收取").contains("反向征收");

		String refused = session.postForm("/checkout/review?lang=en", form.replace("GB123456789", "GB12345")).body();
		assertThat(refused).doesNotContain("Business buyer, VAT number");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

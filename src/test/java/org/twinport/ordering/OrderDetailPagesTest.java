package org.twinport.ordering;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
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
 * The order page as the buyer, the merchant and ADMIN see it: the snapshot with each
 * line's reason, and only the actions the role may take in the order's state; a refused
 * action is shown with its reason and answered 400, 403 or 409.
 */
class OrderDetailPagesTest extends IntegrationTest {

	OrderingFixtures fixtures;

	long variant;

	String buyerName;

	String buyerToken;

	WebSession buyer;

	WebSession merchant;

	@BeforeEach
	void setUp() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		// The MERCHANT test account belongs to the first merchant.
		String code = jdbc.sql("select code from catalog.merchant order by id limit 1").query(String.class).single();
		variant = fixtures.variant(code, "60.00", 30);
		buyerName = "detail.buyer." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		accounts.create(new NewAccount(buyerName, password, "Detail buyer", Role.BUYER, null, null, false));
		buyerToken = api()
			.post("/api/v1/auth/tokens",
					"{\"username\":\"" + buyerName + "\",\"password\":\"" + password + "\",\"name\":\"t\"}", null)
			.json()
			.get("token")
			.asString();
		buyer = WebSession.signedIn(baseUrl(), buyerName, password);
		merchant = WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT));
	}

	private JsonNode placeOrder() {
		fixtures.cart(buyerToken, variant, 1);
		Response placed = fixtures.place(buyerToken, fixtures.review(buyerToken).get("id").asString(),
				UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		return placed.json().get("orders").get(0);
	}

	@Test
	void theBuyerPaysByCardAndTheMerchantShipsWithTrackingEachRefusalReadable() {
		JsonNode order = placeOrder();
		long id = order.get("id").asLong();
		String page = "/orders/" + id;

		String placed = buyer.get(page + "?lang=en").body();
		assertThat(placed).contains("Order " + id)
			.contains("Placed, awaiting payment")
			.contains(order.get("ruleSetVersion").asString())
			.contains(order.get("fxRateSetId").asString())
			.contains("Aino Virtanen")
			.contains("01300 Vantaa")
			.contains("VAT 13.5% collected now under IOSS")
			.contains("id=\"pay-card\"")
			.contains("id=\"pay-transfer\"")
			.contains("id=\"cancel\"")
			.doesNotContain("id=\"ship\"")
			.doesNotContain("id=\"refund\"");
		// Times in the market's zone (Finland), named, with the deadline explained.
		String due = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
			.format(java.time.Instant.parse(order.get("paymentDueAt").asString())
				.atZone(java.time.ZoneId.of("Europe/Helsinki")));
		assertThat(placed).containsPattern("id=\"payment-due\"><span>[^<]*" + due + " \\(Eastern European Time\\)</span>")
			.contains("30 minutes after the order was placed. An order not paid by then is cancelled")
			.doesNotContain(" UTC<");
		String productSku = order.get("lines").get(0).get("sku").asString().replaceAll("-A$", "");
		assertThat(placed).contains("Rose tea " + productSku + " (test)");
		// The lines read in Chinese where the catalog has a Chinese title, on the order and in the list.
		assertThat(buyer.get(page + "?lang=zh-CN").body()).contains(due + "（东欧时间）")
			.contains("即下单后 30 分钟")
			.contains("玫瑰花茶 " + productSku + "（测试）")
			.doesNotContain("Rose tea " + productSku)
			.doesNotContain(" UTC<");
		assertThat(buyer.get("/orders").body()).contains("玫瑰花茶 " + productSku + "（测试）");
		buyer.get(page + "?lang=en");
		assertThat(merchant.get(page).body()).contains("Order " + id).doesNotContain("id=\"pay-card\"");
		assertThat(buyer.get("/orders").body()).contains("href=\"/orders/" + id + "\"");

		// A declined card leaves the order placed and says so.
		assertThat(redirect(buyer.postForm(page + "/pay", "provider=test-card&cardNumber=4000000000000002")))
			.endsWith("?done=payment.DECLINED");
		assertThat(buyer.get(page + "?done=payment.DECLINED").body()).as("said as an error, not as information")
			.contains("<p class=\"error\" role=\"alert\" id=\"order-done\">The card was declined");
		HttpResponse<String> malformed = buyer.postForm(page + "/pay", "provider=test-card&cardNumber=12");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("role=\"alert\"").contains("details.cardNumber");
		HttpResponse<String> merchantPays = merchant.postForm(page + "/pay",
				"provider=test-card&cardNumber=4242424242424242");
		assertThat(merchantPays.statusCode()).isEqualTo(403);

		assertThat(redirect(buyer.postForm(page + "/pay", "provider=test-card&cardNumber=4242 4242 4242 4242")))
			.endsWith("?done=payment.CAPTURED");
		String paid = buyer.get(page + "?done=payment.CAPTURED").body();
		assertThat(paid).contains("<p class=\"notice\" role=\"status\" id=\"order-done\">Payment received")
			.doesNotContain("id=\"pay-card\"");
		assertThat(status(id)).isEqualTo("PAID");

		HttpResponse<String> cancelPaid = buyer.postForm(page + "/status", "status=CANCELLED");
		assertThat(cancelPaid.statusCode()).isEqualTo(409);
		assertThat(cancelPaid.body()).contains("not in a state that allows this").contains("PAID");

		HttpResponse<String> buyerReady = buyer.postForm(page + "/status", "status=READY_FOR_CUSTOMS");
		assertThat(buyerReady.statusCode()).isEqualTo(403);
		assertThat(buyerReady.body()).contains("Your role may not do this");
		assertThat(merchant.get(page).body()).contains("id=\"ready\"").contains("id=\"refund\"");
		assertThat(redirect(merchant.postForm(page + "/status", "status=READY_FOR_CUSTOMS")))
			.endsWith("?done=status.READY_FOR_CUSTOMS");

		HttpResponse<String> noTracking = merchant.postForm(page + "/status", "status=SHIPPED&trackingNumber=");
		assertThat(noTracking.statusCode()).isEqualTo(400);
		assertThat(noTracking.body()).contains("trackingNumber");
		assertThat(status(id)).as("nothing half-done").isEqualTo("READY_FOR_CUSTOMS");
		assertThat(redirect(merchant.postForm(page + "/status", "status=SHIPPED&trackingNumber=RR123456785CN")))
			.endsWith("?done=status.SHIPPED");
		assertThat(buyer.get(page).body()).contains("RR123456785CN").contains("id=\"deliver\"");
		assertThat(api().get("/api/v1/orders/" + id + "/tracking", buyerToken).json().get("trackingNumber").asString())
			.isEqualTo("RR123456785CN");
		assertThat(merchant.postForm(page + "/status", "status=DELIVERED").statusCode()).isEqualTo(403);
		assertThat(redirect(buyer.postForm(page + "/status", "status=DELIVERED"))).endsWith("?done=status.DELIVERED");

		// A partial refund, then the rest: REFUNDED.
		String total = order.get("total").get("amount").asString();
		assertThat(redirect(merchant.postForm(page + "/refund", "amount=1.00&reason=dented")))
			.endsWith("?done=refunded");
		HttpResponse<String> tooMuch = merchant.postForm(page + "/refund", "amount=" + total);
		assertThat(tooMuch.statusCode()).isEqualTo(400);
		assertThat(tooMuch.body()).contains("amount");
		String rest = new java.math.BigDecimal(total).subtract(java.math.BigDecimal.ONE).toPlainString();
		assertThat(redirect(merchant.postForm(page + "/refund", "amount=" + rest))).endsWith("?done=refunded");
		assertThat(status(id)).isEqualTo("REFUNDED");

		String chinese = buyer.get(page + "?lang=zh-CN").body();
		assertThat(chinese).contains("订单 " + id).contains("增值税 13.5%").contains("IOSS").contains("RR123456785CN");
		buyer.get(page + "?lang=en");
	}

	@Test
	void aBankTransferShowsItsInstructionsAndTheMerchantOrAdminConfirmsIt() {
		long id = placeOrder().get("id").asLong();
		String page = "/orders/" + id;
		assertThat(redirect(buyer.postForm(page + "/pay", "provider=bank-transfer"))).endsWith("?done=payment.PENDING");
		String pending = buyer.get(page).body();
		Matcher reference = Pattern.compile("quoting reference (PAY-[0-9]+-[0-9a-f]+)").matcher(pending);
		assertThat(reference.find()).as(pending).isTrue();
		assertThat(pending).doesNotContain("confirm-transfer");
		String merchantView = merchant.get(page).body();
		Matcher confirm = Pattern.compile("action=\"(/orders/" + id + "/payments/[0-9]+/confirm)\"")
			.matcher(merchantView);
		assertThat(confirm.find()).as(merchantView).isTrue();
		HttpResponse<String> wrongAmount = merchant.postForm(confirm.group(1), "amount=1.00");
		assertThat(wrongAmount.statusCode()).isEqualTo(400);
		assertThat(wrongAmount.body()).contains("amount: must be the order total");
		assertThat(buyer.postForm(confirm.group(1), "amount=1.00").statusCode()).isEqualTo(403);
		String total = api().get("/api/v1/orders/" + id, buyerToken).json().get("total").get("amount").asString();
		assertThat(redirect(merchant.postForm(confirm.group(1), "amount=" + total))).endsWith("?done=confirmed");
		assertThat(status(id)).isEqualTo("PAID");

		WebSession admin = WebSession.signedIn(baseUrl(), "admin", passwordFor(Role.ADMIN));
		assertThat(admin.get(page).body()).contains("Order " + id).contains("id=\"ready\"");
		WebSession stranger = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		assertThat(stranger.get(page).statusCode()).isEqualTo(404);
	}

	private String status(long id) {
		return api().get("/api/v1/orders/" + id, buyerToken).json().get("status").asString();
	}

	private static String redirect(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}

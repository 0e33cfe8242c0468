package org.twinport.ordering;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In headless Chromium: a visitor adds to the cart, signs in (the cart joins the
 * account), reviews with every line explained, places, pays with the test card and sees
 * the order paid; the merchant marks it shipped with a tracking number.
 */
class BrowserCheckoutTest extends BrowserTest {

	@Test
	void aVisitorAddsToTheCartSignsInChecksOutAndPaysAndTheMerchantShips() {
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		// The MERCHANT test account belongs to the first merchant.
		String code = jdbc.sql("select code from catalog.merchant order by id limit 1").query(String.class).single();
		long variant = fixtures.variant(code, "60.00", 10);
		long product = jdbc.sql("select product_id from catalog.variant where id = :v")
			.param("v", variant)
			.query(Long.class)
			.single();
		String username = "browser.buyer." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Browser buyer", Role.BUYER, null, null, false));
		Path shots = Path.of("target", "screenshots");

		long orderId;
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/marketplace/products/" + product + "?market=FI");
			page.locator("#variantId").selectOption(String.valueOf(variant));
			page.locator("#quantity").fill("2");
			page.locator("#add-to-cart button[type=submit]").click();
			assertThat(page.locator("#cart-status")).containsText("Added");
			page.navigate(baseUrl() + "/cart");
			assertThat(page.locator("#anonymous-lines")).containsText("2 × Rose tea");

			page.navigate(baseUrl() + "/login");
			page.locator("#username").fill(username);
			page.locator("#password").fill(password);
			page.locator("#login-submit").click();
			page.navigate(baseUrl() + "/cart");
			assertThat(page.locator("table.directory")).containsText("Rose tea");
			assertThat(page.locator("input[name=quantity]")).hasValue("2");

			page.locator("#market").selectOption("FI");
			page.locator("#currency").selectOption("EUR");
			page.locator("#destination button[type=submit]").click();
			page.locator("#name").fill("Aino Virtanen");
			page.locator("#line1").fill("Tikkurilantie 1");
			page.locator("#city").fill("Vantaa");
			page.locator("#postalCode").fill("01300");
			page.locator("#address button[type=submit]").click();
			assertThat(page.locator("h1")).hasText("Review your order");
			assertThat(page.locator("article.consignment")).containsText("VAT 13.5% collected now under IOSS");
			assertThat(page.locator("article.consignment")).containsText("Shipping to the delivery address");

			// The buyer picks express for this merchant; the review is made again.
			page.locator(".service-choice input[value=EXPRESS]").check();
			page.locator(".service-choice button[type=submit]").click();
			assertThat(page.locator("article.consignment")).containsText("Express");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(shots.resolve("checkout-review.png")).setFullPage(true));

			// Switching language keeps the review: the same address and service, in Chinese.
			page.locator("#lang-zh").click();
			assertThat(page.locator("h1")).hasText("确认订单");
			assertThat(page.locator("main")).containsText("Aino Virtanen");
			page.locator("#lang-en").click();
			assertThat(page.locator("h1")).hasText("Review your order");
			assertThat(page.locator("main")).containsText("Aino Virtanen");
			assertThat(page.locator("article.consignment")).containsText("Express");

			page.locator("#place button[type=submit]").click();
			assertThat(page.locator("h1")).hasText("My orders");
			assertThat(page.locator(".notice")).containsText("placed");
			page.locator("table.directory tbody tr >> nth=0 >> a").click();
			assertThat(page.locator("#order-status")).containsText("Placed, awaiting payment");
			assertThat(page.locator("#charges")).containsText("IOSS");
			Matcher id = Pattern.compile("/orders/([0-9]+)").matcher(page.url());
			org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
			orderId = Long.parseLong(id.group(1));

			page.locator("#cardNumber").fill("4242 4242 4242 4242");
			page.locator("#pay-card button[type=submit]").click();
			assertThat(page.locator("#order-done")).containsText("Payment received");
			assertThat(page.locator("#order-status")).containsText("Paid");
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("order-paid.png")).setFullPage(true));
		}

		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			page.locator("#username").fill(usernameFor(Role.MERCHANT));
			page.locator("#password").fill(passwordFor(Role.MERCHANT));
			page.locator("#login-submit").click();
			page.navigate(baseUrl() + "/orders/" + orderId);
			assertThat(page.locator("#order-status")).containsText("Paid");
			page.locator("#ready button[type=submit]").click();
			assertThat(page.locator("#order-status")).containsText("Ready for customs");
			page.locator("#trackingNumber").fill("RR123456785CN");
			page.locator("#ship button[type=submit]").click();
			assertThat(page.locator("#order-done")).containsText("shipped");
			assertThat(page.locator("#order-status")).containsText("Shipped");
			assertThat(page.locator("#tracking")).hasText("RR123456785CN");
			page.locator("#lang-zh").click();
			assertThat(page.locator("#order-status")).containsText("已发货");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(shots.resolve("order-shipped-zh.png")).setFullPage(true));
		}
		org.assertj.core.api.Assertions.assertThat(fixtures.available(variant)).isEqualTo(8);
	}

}

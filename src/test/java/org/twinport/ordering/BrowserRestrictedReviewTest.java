package org.twinport.ordering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In headless Chromium, with the demo catalog: a buyer in Germany puts Jinan tea and a
 * painted wooden spoon from Nizhny Novgorod in the cart. The review shows the tea at
 * Germany's 7% food rate and refuses the spoon, naming the EU regulation that bars wood
 * articles of Russian origin; the order cannot be placed. In English and in Chinese, with
 * no console error and no raw code on screen.
 */
class BrowserRestrictedReviewTest extends BrowserTest {

	@Test
	void theReviewShowsTheFoodRateAndRefusesTheSanctionedLineWithItsReason() {
		long tea = demoVariant("select min(v.id) from catalog.variant v join catalog.product p on p.id = v.product_id "
				+ "join catalog.merchant m on m.id = p.merchant_id where m.code = 'cn-jinan-sample-tea' "
				+ "and p.hs_code like '0902%' and 'DE' = any(p.markets) and p.status = 'ACTIVE'");
		long spoon = demoVariant("select v.id from catalog.variant v where v.sku = 'NN-SPOON-01-1'");
		String username = "browser.de." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Browser buyer", Role.BUYER, null, null, false));
		api().put("/api/v1/catalog/variants/" + spoon + "/stock/main", "{\"onHand\": 50}", tokenFor(Role.ADMIN));
		api().put("/api/v1/catalog/variants/" + tea + "/stock/main", "{\"onHand\": 50}", tokenFor(Role.ADMIN));
		Path shots = Path.of("target", "screenshots");

		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					problems.add(message.text());
				}
			});
			page.navigate(baseUrl() + "/login");
			page.locator("#username").fill(username);
			page.locator("#password").fill(password);
			page.locator("#login-submit").click();
			for (long variant : new long[] { tea, spoon }) {
				long product = jdbc.sql("select product_id from catalog.variant where id = :v")
					.param("v", variant)
					.query(Long.class)
					.single();
				page.navigate(baseUrl() + "/marketplace/products/" + product + "?market=DE");
				page.locator("#variantId").selectOption(String.valueOf(variant));
				page.locator("#add-to-cart button[type=submit]").click();
				assertThat(page.locator("main")).containsText("Added to your cart");
			}
			page.navigate(baseUrl() + "/cart");
			page.locator("#market").selectOption("DE");
			page.locator("#currency").selectOption("EUR");
			page.locator("#destination button[type=submit]").click();
			page.locator("#name").fill("Anna Huber");
			page.locator("#line1").fill("Maximilianstraße 1");
			page.locator("#city").fill("Augsburg");
			page.locator("#postalCode").fill("86150");
			page.locator("#address button[type=submit]").click();

			assertThat(page.locator("h1")).hasText("Review your order");
			assertThat(page.locator("main")).containsText("VAT 7%");
			assertThat(page.locator("li.refused")).containsText("Cannot be sold to Germany");
			assertThat(page.locator("li.refused")).containsText("2022/576");
			assertThat(page.locator("#not-placeable")).isVisible();
			assertThat(page.locator("#place button[type=submit]")).hasCount(0);
			assertNoRawCodes(page);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(shots.resolve("review-refused-en.png")).setFullPage(true));

			page.locator("#lang-zh").click();
			assertThat(page.locator("h1")).hasText("确认订单");
			assertThat(page.locator("main")).containsText("增值税 7%");
			assertThat(page.locator("li.refused")).containsText("不能销往德国");
			assertThat(page.locator("li.refused")).containsText("2022/576");
			assertThat(page.locator("#place button[type=submit]")).hasCount(0);
			assertNoRawCodes(page);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(shots.resolve("review-refused-zh.png")).setFullPage(true));
			org.assertj.core.api.Assertions.assertThat(problems).as("console errors").isEmpty();
		}
	}

	private long demoVariant(String sql) {
		Long id = jdbc.sql(sql).query(Long.class).single();
		org.assertj.core.api.Assertions.assertThat(id).as(sql).isNotNull();
		return id;
	}

	private static void assertNoRawCodes(Page page) {
		String text = page.locator("main").innerText();
		org.assertj.core.api.Assertions.assertThat(text)
			.doesNotContain("msg:", "refusal.", "line.", "SANCTIONED_ORIGIN", "??", "tax.pointOfSale", "null");
	}

}

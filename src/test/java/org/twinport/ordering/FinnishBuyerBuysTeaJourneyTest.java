package org.twinport.ordering;

import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.BrowserTest;
import org.twinport.support.JourneyWatch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The buyer's journey, clicked through as a person does it: a buyer in Finland signs in, finds Jinan's green tea in the
 * marketplace, sees its price in euros, adds it to the cart, gives an address, reads duty and VAT on the review, places
 * the order, has a card declined (said as an error), pays with another card and sees the order paid. In each UI language.
 */
class FinnishBuyerBuysTeaJourneyTest extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "en, green tea, Spring City green tea, Review your order, declined, Paid",
			"zh, 绿茶, 泉城绿茶, 确认订单, 拒绝, 已付款" })
	void aBuyerInFinlandFindsGreenTeaAndPaysInEuros(String lang, String query, String title, String reviewHeading,
			String declined, String paid) {
		String username = "journey.tea." + lang + "." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Aino Virtanen", Role.BUYER, null, null, false));
		Path shots = Path.of("target", "screenshots");

		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			JourneyWatch watch = JourneyWatch.on(page);
			page.navigate(baseUrl() + "/?lang=" + lang);
			watch.check();

			page.locator("#sign-in").click();
			page.locator("#username").fill(username);
			page.locator("#password").fill(password);
			page.locator("#login-submit").click();
			assertThat(page.locator("#current-user")).containsText("Aino Virtanen");

			page.locator("#site-nav a[href*='/marketplace']").click();
			page.locator("#m-market").selectOption("FI");
			page.locator("#m-q").fill(query);
			page.locator("#m-q").press("Enter");
			assertThat(page.locator("#results")).containsText(title);
			watch.check();

			page.locator(".product-card h2 a", new Page.LocatorOptions().setHasText(title)).first().click();
			assertThat(page.locator("#product-title")).containsText(title);
			assertThat(page.locator("#product-price")).containsText("EUR");
			watch.check();
			page.locator("#quantity").fill("2");
			page.locator("#add-to-cart button[type=submit]").click();

			assertThat(page.locator("table.directory")).containsText(title);
			assertThat(page.locator("#cart-subtotal")).containsText("EUR");
			assertThat(page.locator("#market")).hasValue("FI");
			watch.check();
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("journey-tea-cart-" + lang + ".png"))
				.setFullPage(true));

			page.locator("#name").fill("Aino Virtanen");
			page.locator("#line1").fill("Tikkurilantie 1");
			page.locator("#city").fill("Vantaa");
			page.locator("#postalCode").fill("01300");
			page.locator("#address button[type=submit]").click();
			assertThat(page.locator("h1")).hasText(reviewHeading);
			assertThat(page.locator("article.consignment")).containsText("13.5");
			assertThat(page.locator("main")).containsText(title);
			watch.check();
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("journey-tea-review-" + lang + ".png"))
				.setFullPage(true));

			page.locator("#place button[type=submit]").click();
			assertThat(page.locator(".notice")).isVisible();
			watch.check();
			page.locator("table.directory tbody tr >> nth=0 >> a").click();
			assertThat(page.locator("#order-status")).isVisible();
			watch.check();

			page.locator("#cardNumber").fill("4000 0000 0000 0002");
			page.locator("#pay-card button[type=submit]").click();
			assertThat(page.locator("p.error#order-done")).containsText(declined);

			page.locator("#cardNumber").fill("4242 4242 4242 4242");
			page.locator("#pay-card button[type=submit]").click();
			assertThat(page.locator("#order-status")).containsText(paid);
			assertThat(page.locator("main")).containsText(title);
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("journey-tea-paid-" + lang + ".png"))
				.setFullPage(true));
			watch.assertClean();
		}
	}

}

package org.twinport.ordering;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In headless Chromium, a buyer chooses Finland and the euro on the marketplace, opens a
 * product from the results, adds it to the cart: the cart opens on Finland and the euro,
 * every price on it in euros, and the header's badge counts the units.
 */
class BrowserChosenMarketTest extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "en, Finland, Euro (EUR)", "zh-CN, 芬兰, 欧元 (EUR)" })
	void theMarketChosenOnTheMarketplaceIsTheCartsAndEveryPriceIsInEuros(String lang, String finland, String euro) {
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 10);
		String sku = jdbc.sql("select sku from catalog.variant where id = :v")
			.param("v", variant)
			.query(String.class)
			.single()
			.replace("-A", "");
		String username = "browser.fi." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Browser buyer", Role.BUYER, null, null, false));

		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					problems.add(message.text());
				}
			});
			page.navigate(baseUrl() + "/login?lang=" + lang);
			page.locator("#username").fill(username);
			page.locator("#password").fill(password);
			page.locator("#login-submit").click();
			page.waitForURL(url -> !url.contains("/login"));

			// The index follows the catalog's events asynchronously; on a loaded machine the
			// queue left by earlier tests can take longer than a person would wait.
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> api().get("/api/v1/catalog/search?market=FI&q=" + sku).json().get("total").asLong() == 1);
			page.navigate(baseUrl() + "/marketplace?q=" + sku);
			assertThat(page.locator(".product-card h2 a")).hasCount(1);
			page.locator("#m-market").selectOption("FI");
			page.waitForURL(Pattern.compile(".*market=FI.*"));
			page.locator("#m-currency").selectOption("EUR");
			page.waitForURL(Pattern.compile(".*currency=EUR.*"));
			assertThat(page.locator(".product-card .price").first()).containsText("EUR");
			assertThat(page.locator("#m-market option:checked")).hasText(finland);
			page.locator(".product-card h2 a").first().click();

			assertThat(page.locator("#p-market")).hasValue("FI");
			assertThat(page.locator("#product-price")).containsText("EUR");
			page.locator("#variantId").selectOption(String.valueOf(variant));
			page.locator("#quantity").fill("2");
			page.locator("#add-to-cart button[type=submit]").click();

			page.waitForURL(Pattern.compile(".*/cart.*"));
			assertThat(page.locator("#market")).hasValue("FI");
			assertThat(page.locator("#market option:checked")).hasText(finland);
			assertThat(page.locator("#currency")).hasValue("EUR");
			assertThat(page.locator("#currency option:checked")).hasText(euro);
			assertThat(page.locator("td.unit-price")).hasText("6.15 EUR");
			assertThat(page.locator("td.line-total")).hasText("12.30 EUR");
			assertThat(page.locator("#cart-subtotal")).hasText("12.30 EUR");
			assertThat(page.locator("#cart-count")).hasText("2");
			String text = page.locator("body").innerText();
			org.assertj.core.api.Assertions.assertThat(text)
				.doesNotContain("CNY", "null", "??", "#{", "cart.unitPrice", "market.currency");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "cart-fi-" + lang + ".png"))
				.setFullPage(true));

			page.navigate(baseUrl() + "/marketplace");
			assertThat(page.locator("#m-market")).hasValue("FI");
			assertThat(page.locator("#m-currency")).hasValue("EUR");
			assertThat(page.locator("#cart-count")).hasText("2");
			org.assertj.core.api.Assertions.assertThat(problems).as("console errors").isEmpty();
		}
	}

}

package org.twinport.matchmaking;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.BrowserTest;
import org.twinport.support.JourneyWatch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * RFQ to order, clicked through by both companies in each UI language: a Finnish importer posts a request for quotes
 * from the menu, a Jinan merchant finds it in the list and quotes, the importer reads the total on a confirmation page,
 * accepts, and opens the B2B order with its line, terms, incoterm and delivery.
 */
class RfqToOrderJourneyTest extends BrowserTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "en | Finland | Euro (EUR) | FOB · Free on board | Accept and order for 4,700.00 EUR | Awarded",
					"zh | 芬兰 | 欧元 (EUR) | FOB · 船上交货 | 接受并下单（4,700.00 EUR） | 已授标" })
	void anImporterPostsAnRfqTheMerchantQuotesAndTheAcceptedQuoteIsAnOrder(String lang, String finland, String euro,
			String fob, String acceptButton, String awarded) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String product = "Rizhao green tea, bulk " + suffix;
		String username = "journey.rfq." + lang + "." + suffix;
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Vantaa Tea Importers", Role.BUYER, null, null, false));
		String token = api()
			.post("/api/v1/auth/tokens",
					"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"journey\"}", null)
			.json()
			.get("token")
			.asString();
		Response profile = api().put("/api/v1/matchmaking/companies/me", """
				{"name": "Vantaa Tea Importers %s", "placeCode": "fi-vantaa", "size": "SMALL", "buysHs": ["0902"],
				 "seeks": ["SUPPLIER"], "languages": ["fi", "en"]}""".formatted(suffix), token);
		org.assertj.core.api.Assertions.assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
		Path shots = Path.of("target", "screenshots");

		try (BrowserContext importerBrowser = browser.newContext();
				BrowserContext merchantBrowser = browser.newContext()) {
			Page importer = signIn(importerBrowser, username, password, lang);
			JourneyWatch importerWatch = JourneyWatch.on(importer);
			importer.locator("#site-nav a[href*='/matchmaking']").click();
			importer.locator("a[href$='/matchmaking/rfqs']").first().click();
			importerWatch.check();
			importer.locator("#r-product").fill(product);
			importer.locator("#r-hs").fill("090210");
			importer.locator("#r-qty").fill("500");
			importer.locator("#r-cur").selectOption(new SelectOption().setLabel(euro));
			importer.locator("#r-inc").selectOption(new SelectOption().setLabel(fob));
			importer.locator("#r-dest").selectOption(new SelectOption().setLabel(finland));
			importer.locator("#r-deadline").fill(LocalDate.now().plusDays(30).toString());
			importer.locator("#rfq-post").click();
			assertThat(importer.locator("#form-done")).containsText(product);
			importerWatch.check();

			Page merchant = signIn(merchantBrowser, usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT), lang);
			JourneyWatch merchantWatch = JourneyWatch.on(merchant);
			merchant.locator("#site-nav a[href*='/matchmaking']").click();
			merchant.locator("a[href$='/matchmaking/rfqs']").first().click();
			merchant.locator("#rfqs a", new Page.LocatorOptions().setHasText(product)).click();
			assertThat(merchant.locator("main")).containsText("500 kg");
			merchantWatch.check();
			merchant.locator("#q-amount").fill("9.40");
			merchant.locator("#q-cur").selectOption(new SelectOption().setLabel(euro));
			merchant.locator("#q-moq").fill("100");
			merchant.locator("#q-lead").fill("30");
			merchant.locator("#q-valid").fill(LocalDate.now().plusDays(20).toString());
			merchant.locator("#quote-send").click();
			assertThat(merchant.locator("#form-done")).containsText("9.40 EUR");
			merchantWatch.assertClean();

			importer.locator("#rfqs a", new Page.LocatorOptions().setHasText(product)).click();
			importer.locator("#quotes a[href*='/accept']").click();
			assertThat(importer.locator("#accept-total")).hasText("4,700.00 EUR");
			assertThat(importer.locator("#accept-confirm")).hasText(acceptButton);
			importerWatch.check();
			importer.locator("#accept-confirm").click();
			assertThat(importer.locator("#rfq-status")).hasText(awarded);
			importerWatch.check();

			importer.locator("#site-nav a[href$='/orders']").click();
			importer.locator("table.directory tbody tr", new Page.LocatorOptions().setHasText(product))
				.locator("a")
				.first()
				.click();
			assertThat(importer.locator("main")).containsText(product);
			assertThat(importer.locator("main")).containsText("4,700.00 EUR");
			assertThat(importer.locator("#b2b-incoterm")).containsText("FOB");
			assertThat(importer.locator("#b2b-destination")).hasText(finland);
			importer.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("journey-rfq-order-" + lang + ".png"))
				.setFullPage(true));
			importerWatch.assertClean();
		}
	}

	private Page signIn(BrowserContext context, String username, String password, String lang) {
		Page page = context.newPage();
		page.navigate(baseUrl() + "/login?lang=" + lang);
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#login-submit").click();
		page.locator("#current-user").waitFor();
		return page;
	}

}

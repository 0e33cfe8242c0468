package org.twinport.search;

import java.nio.file.Path;
import java.nio.file.Files;
import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A buyer in headless Chromium searches the marketplace, filters by a facet and switches
 * market; a merchant imports.
 */
class BrowserMarketplaceTest extends BrowserTest {

	@Test
	void searchFilterAndSwitchMarket() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api().get("/api/v1/catalog/search?q=wok").json().get("total").asLong() >= 2);
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/");
			page.locator("nav >> text=Marketplace").click();
			assertThat(page.locator("h1")).hasText("Marketplace");
			page.navigate(baseUrl() + "/marketplace?q=cast+iron&market=JP");
			assertThat(page.locator(".product-grid")).containsText("Hand-cast iron wok 32 cm (sample)");
			assertThat(page.locator(".product-grid")).containsText("JPY");
			page.locator(".facets >> text=Germany >> nth=0").click();
			assertThat(page.locator(".product-grid")).containsText("Cast-iron frying pan (sample)");
			assertThat(page.locator(".product-grid")).not().containsText("Hand-cast iron wok");
			page.locator("#lang-zh").click();
			assertThat(page.locator("h1")).hasText("跨境商城");
			// Switching language keeps the buyer's search, market and filter.
			assertThat(page.locator("#m-market")).hasValue("JP");
			assertThat(page.locator("#m-q")).hasValue("cast iron");
			assertThat(page.locator(".product-grid")).not().containsText("Hand-cast iron wok");
			assertThat(page.locator(".product-grid")).containsText("JPY");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "marketplace-zh.png"))
				.setFullPage(true));
		}
	}

	@Test
	void merchantImportsACsvAndSeesTheProgressFinish() throws Exception {
		Path csv = Files.createTempFile("import", ".csv");
		Files.writeString(csv, """
				Handle,Title,Variant SKU,Variant Price,HS Code,Origin Country,Markets
				browser-import,Chrysanthemum tea (browser test),BRW-1,20.00,090210,CN,FI
				browser-bad,Bad row,BRW-2,20.00,1,CN,FI
				""");
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			page.locator("#username").fill(usernameFor(Role.MERCHANT));
			page.locator("#password").fill(passwordFor(Role.MERCHANT));
			page.locator("#login-submit").click();
			page.navigate(baseUrl() + "/merchant/products");
			page.locator("#import-file").setInputFiles(csv);
			page.locator("#import-start").click();
			assertThat(page.locator("#import-progress")).containsText("Import finished");
			assertThat(page.locator("#import-progress")).containsText("1 products saved, 1 rows rejected");
			assertThat(page.locator("#import-errors")).isVisible();
		}
	}

}

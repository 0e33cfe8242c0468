package org.twinport.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A merchant in headless Chromium creates a product with a variant in the editor, fixes
 * an error shown beside its field, uploads an image and sees its thumbnail, and finds the
 * product in the marketplace search within a second; then picks a national tariff line
 * per destination from the editor's suggestions, in English and in Chinese.
 */
class BrowserProductEditorTest extends BrowserTest {

	@Test
	void merchantCreatesAProductWithAVariantAndAnImageAndFindsItInSearch() throws Exception {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> api().get("/api/v1/catalog/search?q=wok").json().get("total").asLong() >= 2);
		String sku = "BR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Path image = Files.createTempFile("product", ".png");
		Files.write(image, ProductEditorPagesTest.png(640, 480));
		for (String market : new String[] { "EU", "JP" }) {
			assertThat(api().post("/api/v1/landed-cost/tariffs?market=" + market, "", tokenFor(Role.ADMIN)).status())
				.isIn(200, 201);
		}
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage(message -> {
				// A refused form's 400 is logged as a failed load; anything else (CSP, script errors) counts.
				if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
					problems.add(message.text());
				}
			});
			page.onPageError(problems::add);
			page.navigate(baseUrl() + "/login");
			page.locator("#username").fill(usernameFor(Role.MERCHANT));
			page.locator("#password").fill(passwordFor(Role.MERCHANT));
			page.locator("#login-submit").click();
			page.navigate(baseUrl() + "/merchant/products");
			page.locator("#new-product").click();
			assertThat(page.locator("h1")).hasText("New product");

			page.getByLabel("SKU (letters, digits, . _ / -)").fill(sku);
			page.locator("#f-categoryCode").selectOption("tea");
			page.locator("#f-status").selectOption("ACTIVE");
			page.getByLabel("Title (English)").fill("Mount Tai green tea " + sku);
			page.getByLabel("Description (English)").fill("Grown on the slopes of Mount Tai.");
			page.getByLabel("Title (Chinese)").fill("泰山绿茶 " + sku);
			page.getByLabel("HS code (6 digits, or 8 to 10 with a national extension)").fill("0902");
			page.getByLabel("Country of origin (two letters, such as CN)").fill("CN");
			page.getByLabel("Base price").fill("78.00");
			page.getByLabel("Markets it is offered in (countries, such as FI, JP, GB)").fill("FI, JP");
			page.locator("[id='f-variants[0].sku']").fill(sku + "-250G");
			page.locator("[id='f-variants[0].options']").fill("size: 250 g");
			page.locator("#save").click();

			// The error stands beside its field, and what was typed is kept.
			assertThat(page.locator("[id='e-hsCode']")).containsText("must be 6 to 10 digits");
			assertThat(page.locator("#f-hsCode")).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("[id='f-variants[0].sku']")).hasValue(sku + "-250G");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "product-editor-error.png"))
						.setFullPage(true));
			page.locator("#f-hsCode").fill("090210");
			page.locator("#save").click();

			assertThat(page.locator("h1")).hasText("Mount Tai green tea " + sku);
			assertThat(page.locator("#stock")).containsText(sku + "-250G");
			Matcher productUrl = Pattern.compile("/merchant/products/(\\d+)").matcher(page.url());
			assertThat(productUrl.find()).as(page.url()).isTrue();
			long id = Long.parseLong(productUrl.group(1));
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> api().get("/api/v1/catalog/search?q=" + sku + "&market=JP")
					.json()
					.get("total")
					.asLong() == 1);

			page.locator("#image-file").setInputFiles(image);
			page.locator("#upload-image").click();
			assertThat(page.locator("#images img")).hasCount(1);
			assertThat(page.locator("#images img")).hasJSProperty("naturalWidth", 320);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "merchant-product.png"))
						.setFullPage(true));

			page.navigate(baseUrl() + "/marketplace?q=" + sku + "&market=FI&textLang=zh");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("泰山绿茶 " + sku)).click();
			assertThat(page.locator("#product-title")).hasText("泰山绿茶 " + sku);
			assertThat(page.locator("#product-price")).hasText("10.00 EUR");
			assertThat(page.locator(".thumbnails img")).hasCount(1);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "product-page.png"))
				.setFullPage(true));

			// Back in the editor, the image is deleted once the merchant confirms.
			page.navigate(baseUrl() + "/merchant/products?lang=en");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mount Tai green tea " + sku)).click();
			page.onceDialog(dialog -> dialog.accept());
			page.locator("#images button.danger").click();
			assertThat(page.locator("#images img")).hasCount(0);
			assertThat(page.locator("#images")).containsText("No images yet.");

			// The editor suggests each destination's national lines under 090210, fetched in place.
			page.navigate(baseUrl() + "/merchant/products/" + id + "/edit?lang=en");
			page.evaluate("document.querySelector('#f-sku').dataset.marker = 'same page'");
			page.locator("#suggest-national-lines").click();
			assertThat(page.locator("#national-FI legend")).hasText("Finland: EU tariff CET-2020");
			assertThat(page.locator("#national-FI")).containsText("Green tea in immediate packings of <= 3 kg");
			assertThat(page.locator("#national-FI")).containsText("duty 3.2%");
			assertThat(page.locator("#national-JP .line-description[lang=ja]").first())
				.hasText("緑茶（発酵していないもので、正味重量が3キログラム以下の直接包装にしたものに限る。）");
			assertThat(page.locator("#f-sku")).hasAttribute("data-marker", "same page");
			page.locator("[id='f-nationalCodes.FI-09021000']").check();
			page.locator("[id='f-nationalCodes.JP-090210000']").check();
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "product-editor-national-lines.png"))
				.setFullPage(true));
			assertThat(page.content()).doesNotContain("??");
			page.locator("#save").click();
			assertThat(page.locator("h1")).hasText("Mount Tai green tea " + sku);
			assertThat(nationalCodes(id)).isEqualTo("FI=09021000,JP=090210000");

			// In Chinese: the choice is kept, asking again keeps "none" once picked, and it is saved.
			page.navigate(baseUrl() + "/merchant/products/" + id + "/edit?lang=zh-CN");
			assertThat(page.locator("[id='f-nationalCodes.JP-090210000']")).isChecked();
			page.locator("[id='f-nationalCodes.JP']").check();
			page.locator("#suggest-national-lines").click();
			assertThat(page.locator("#national-JP legend")).hasText("日本：JP 税则 JP-2026-07-09");
			assertThat(page.locator("#national-FI")).containsText("关税 3.2%");
			assertThat(page.locator("[id='f-nationalCodes.JP']")).isChecked();
			assertThat(page.locator("[id='f-nationalCodes.FI-09021000']")).isChecked();
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "product-editor-national-lines-zh.png"))
				.setFullPage(true));
			assertThat(page.content()).doesNotContain("??");
			page.locator("#save").click();
			assertThat(page.locator("h1")).hasText("泰山绿茶 " + sku);
			assertThat(nationalCodes(id)).isEqualTo("FI=09021000");
			assertThat(problems).isEmpty();
		}
	}

	private String nationalCodes(long productId) {
		return jdbc.sql("select string_agg(country_code || '=' || code, ',' order by country_code) "
				+ "from catalog.product_national_code where product_id = :p")
			.param("p", productId)
			.query(String.class)
			.single();
	}

}

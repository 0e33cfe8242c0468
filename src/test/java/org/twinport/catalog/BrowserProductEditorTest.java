package org.twinport.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.twinport.identity.Role;
import org.twinport.support.BrowserTest;
import org.twinport.support.JourneyWatch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The journey "a merchant lists a product", in headless Chromium as a person walks it: a verified merchant signs in,
 * opens "My products" from the menu, fills the one form (titles in English and Chinese, price, markets, the first
 * variant and its stock), is told what is missing with everything typed kept, saves, and a buyer finds the product in
 * the marketplace search and opens it; in English and in Chinese. Then the editor's images and national tariff lines.
 */
class BrowserProductEditorTest extends BrowserTest {

	@BeforeEach
	void indexHasTheSamples() {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> api().get("/api/v1/catalog/search?q=wok").json().get("total").asLong() >= 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void aMerchantListsAProductInOneFormAndABuyerFindsItInSearch(String lang) {
		boolean zh = lang.equals("zh");
		String sku = "LJ-" + lang.toUpperCase() + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String english = "Mount Tai green tea " + sku;
		String chinese = "泰山绿茶 " + sku;
		String title = zh ? chinese : english;
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			JourneyWatch watch = JourneyWatch.on(page);
			signIn(page, Role.MERCHANT, zh);
			page.locator("#site-nav").getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName(zh ? "我的商品" : "My products")).click();
			watch.check();
			page.locator("#new-product").click();
			assertThat(page.locator("h1")).hasText(zh ? "新建商品" : "New product");
			watch.check();

			page.locator("[id='f-texts.en.title']").fill(english);
			page.locator("[id='f-texts.en.description']").fill("Grown on the slopes of Mount Tai.");
			page.locator("[id='f-texts.zh.title']").fill(chinese);
			page.locator("[id='f-texts.zh.description']").fill("产自泰山山坡。");
			page.locator("#f-sku").fill(sku);
			page.locator("#f-categoryCode").selectOption("tea");
			page.locator("#f-basePrice").fill("78.00");
			page.locator("#market-FI").check();
			page.locator("[id='f-variants[0].options']").fill(zh ? "规格: 250 克" : "size: 250 g");
			page.locator("#f-hsCode").fill("090210");
			page.locator("#f-originCountry").selectOption("CN");
			// The stock is forgotten: nothing is saved, the reader is told what is missing, what was typed stays.
			watch.expectRefusal(() -> page.locator("#save").click());
			assertThat(page.locator("[id='e-variants[0].onHand']"))
				.containsText(zh ? "请填写库存数量" : "Say how many units you have in stock");
			assertThat(page.locator("[id='f-variants[0].onHand']")).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("[id='f-texts.zh.title']")).hasValue(chinese);
			assertThat(page.locator("[id='f-texts.en.title']")).hasValue(english);
			assertThat(page.locator("#f-basePrice")).hasValue("78.00");
			assertThat(page.locator("#market-FI")).isChecked();
			assertThat(page.locator("#f-originCountry")).hasValue("CN");
			assertThat(page.locator("[id='f-variants[0].options']")).hasValue(zh ? "规格: 250 克" : "size: 250 g");
			assertThat(countProducts(sku)).isZero();
			watch.check();
			screenshot(page, "product-form-error-" + lang);

			page.locator("[id='f-variants[0].onHand']").fill("25");
			page.locator("#save").click();
			assertThat(page.locator("h1")).hasText(title);
			assertThat(page.locator("#stock")).containsText(sku);
			assertThat(page.locator("#stock")).containsText("25");
			assertThat(page.locator("#view-public")).hasText(zh ? "查看买家看到的页面" : "As buyers see it");
			assertThat(page.locator("#buyer-visibility")).hasCount(0);
			watch.check();
			screenshot(page, "merchant-product-" + lang);
			watch.assertClean();
		}

		// Searchable within a second or so: the buyer is not made to wait for the index in the walk.
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> api().get("/api/v1/catalog/search?q=" + sku + "&market=FI").json().get("total").asLong() == 1);

		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			JourneyWatch watch = JourneyWatch.on(page);
			signIn(page, Role.BUYER, zh);
			page.locator("#site-nav").getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName(zh ? "跨境商城" : "Marketplace")).click();
			page.locator("#m-market").selectOption("FI");
			page.locator("#m-q").fill(sku);
			page.locator("#m-q").press("Enter");
			page.waitForURL(java.util.regex.Pattern.compile(".*q=" + sku + ".*market=FI.*|.*market=FI.*q=" + sku + ".*"));
			page.locator("#results").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("#product-title")).hasText(title);
			assertThat(page.locator("#product-price")).containsText("10.00");
			watch.check();
			screenshot(page, "buyer-product-" + lang);
			watch.assertClean();
		}
	}

	private void signIn(Page page, Role role, boolean zh) {
		page.navigate(baseUrl() + "/login?lang=" + (zh ? "zh-CN" : "en"));
		page.locator("#username").fill(usernameFor(role));
		page.locator("#password").fill(passwordFor(role));
		page.locator("#login-submit").click();
		page.waitForLoadState();
	}

	private long countProducts(String sku) {
		return jdbc.sql("select count(*) from catalog.product where sku = :s").param("s", sku).query(Long.class).single();
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

	@Test
	void theEditorShowsImagesAndSuggestsNationalLines() throws Exception {
		String sku = "BR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Path image = Files.createTempFile("product", ".png");
		Files.write(image, ProductEditorPagesTest.png(640, 480));
		for (String market : new String[] { "EU", "JP" }) {
			assertThat(api().post("/api/v1/landed-cost/tariffs?market=" + market, "", tokenFor(Role.ADMIN)).status())
				.isIn(200, 201);
		}
		var created = api().post("/api/v1/catalog/products", """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Mount Tai green tea %s"},
				 "zh": {"title": "泰山绿茶 %s"}}, "hsCode": "090210", "originCountry": "CN",
				 "basePrice": {"amount": "78.00", "currency": "CNY"}, "status": "ACTIVE", "markets": ["FI", "JP"],
				 "variants": [{"sku": "%s-250G", "options": {"size": "250 g"}, "onHand": 10}]}
				""".formatted(sku, sku, sku, sku), tokenFor(Role.MERCHANT));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			JourneyWatch watch = JourneyWatch.on(page);
			signIn(page, Role.MERCHANT, false);
			page.navigate(baseUrl() + "/merchant/products/" + id);
			page.locator("#image-file").setInputFiles(image);
			page.locator("#upload-image").click();
			assertThat(page.locator("#images img")).hasCount(1);
			assertThat(page.locator("#images img")).hasJSProperty("naturalWidth", 320);
			screenshot(page, "merchant-product-image");

			await().atMost(Duration.ofSeconds(10))
				.until(() -> api().get("/api/v1/catalog/search?q=" + sku + "&market=FI").json().get("total").asLong() == 1);
			page.navigate(baseUrl() + "/marketplace?q=" + sku + "&market=FI&textLang=zh");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("泰山绿茶 " + sku)).click();
			assertThat(page.locator("#product-title")).hasText("泰山绿茶 " + sku);
			assertThat(page.locator("#product-price")).hasText("10.00 EUR");
			assertThat(page.locator(".thumbnails img")).hasCount(1);
			screenshot(page, "product-page");

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
			watch.assertClean();
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

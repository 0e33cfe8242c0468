package org.twinport.web;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.twinport.identity.Role;
import org.twinport.ordering.OrderingFixturesAccess;
import org.twinport.support.BrowserTest;
import org.twinport.support.JourneyWatch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone 390 × 844 pixels, in English and Chinese: on every main page the menu is folded
 * behind its button, which opens and closes it by click and by keyboard, no page scrolls
 * sideways (wide tables scroll in their own box, charts fit the screen), and no text is
 * set to break inside words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MobileLayoutBrowserTest extends BrowserTest {

	private static final int WIDTH = 390;

	private long product;

	private long order;

	@BeforeAll
	void aBuyerWithAnOrderAndAFullCart() {
		OrderingFixturesAccess fixtures = new OrderingFixturesAccess(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long variant = fixtures.variant("cn-jinan-sample-tea", "60.00", 20);
		product = jdbc.sql("select product_id from catalog.variant where id = :v")
			.param("v", variant)
			.query(Long.class)
			.single();
		String buyer = tokenFor(Role.BUYER);
		fixtures.cart(buyer, variant, 2);
		var placed = fixtures.place(buyer, fixtures.reviewId(buyer), UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		order = placed.json().get("orders").get(0).get("id").asLong();
		fixtures.cart(buyer, variant, 1);

		String admin = tokenFor(Role.ADMIN);
		var exchange = api().post("/api/v1/exchanges", """
				{"kind":"CONFERENCE_ONLINE","title":{"en":"Phone-sized history (test)","zh":"手机上的历史（测试）"},
				 "start":"2027-06-01T10:00","timeZone":"Asia/Shanghai","isPublic":false,"participants":[{"place":"gb-coventry"}]}
				""", admin);
		assertThat(exchange.status()).as(exchange.toString()).isEqualTo(201);
		long id = exchange.json().get("id").asLong();
		assertThat(api().put("/api/v1/exchanges/" + id, """
				{"kind":"TRADE_FAIR","title":{"en":"Phone-sized history (test)","zh":"手机上的历史（测试）"},
				 "start":"2027-06-02","timeZone":"Asia/Shanghai","isPublic":false,
				 "participants":[{"place":"gb-coventry"},{"place":"fi-vantaa"}]}
				""", admin).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/exchanges/" + id + "/archive", null, admin).status()).isEqualTo(204);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void everyMainPageFitsAPhone(String lang) {
		Map<String, String> buyerPages = new LinkedHashMap<>();
		buyerPages.put("home", "/");
		buyerPages.put("marketplace", "/marketplace");
		buyerPages.put("product", "/marketplace/products/" + product);
		buyerPages.put("cart", "/cart");
		buyerPages.put("order", "/orders/" + order);
		buyerPages.put("insight", "/insight");
		buyerPages.put("network", "/network");
		buyerPages.put("matchmaking", "/matchmaking");
		walk(lang, Role.BUYER, buyerPages);
		walk(lang, Role.ADMIN, Map.of("manage", "/manage", "audit", "/manage/audit"));
	}

	private void walk(String lang, Role role, Map<String, String> pages) {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.setViewportSize(WIDTH, 844);
			JourneyWatch watch = JourneyWatch.on(page);
			page.navigate(baseUrl() + "/login?lang=" + (lang.equals("zh") ? "zh-CN" : "en"));
			page.locator("#username").fill(usernameFor(role));
			page.locator("#password").fill(passwordFor(role));
			page.locator("#login-submit").click();
			page.waitForLoadState();
			for (Map.Entry<String, String> named : pages.entrySet()) {
				page.navigate(baseUrl() + named.getValue());
				watch.check();
				assertThat(page.locator("html")).hasAttribute("lang", lang.equals("zh") ? "zh-Hans" : "en");
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(Path.of("target", "screenshots", "mobile-" + named.getKey() + "-" + lang + ".png"))
					.setFullPage(true));
				fitsTheScreen(page, named.getValue());
				menuFoldsAndOpens(page);
			}
			watch.assertClean();
		}
	}

	private static void fitsTheScreen(Page page, String path) {
		int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		int innerWidth = ((Number) page.evaluate("window.innerWidth")).intValue();
		// What sticks out past the screen without a box of its own that scrolls it: the culprits to name.
		Object widest = page.evaluate("""
				Array.from(document.querySelectorAll('body *'))
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				  .filter(e => {
				    if (getComputedStyle(e).position === 'absolute' || getComputedStyle(e).position === 'fixed') {
				      return true;
				    }
				    for (let p = e.parentElement; p; p = p.parentElement) {
				      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) {
				        return p.getBoundingClientRect().right > window.innerWidth + 1;
				      }
				    }
				    return true;
				  })
				  .slice(0, 5)
				  .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
				  .join(', ')""");
		assertThat(scrollWidth).as(path + " scrolls sideways: " + widest).isLessThanOrEqualTo(innerWidth);
		@SuppressWarnings("unchecked")
		List<String> breakingWords = (List<String>) page.evaluate("Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => getComputedStyle(e).wordBreak === 'break-all')"
				+ ".slice(0, 5).map(e => e.tagName + '.' + e.className)");
		assertThat(breakingWords).as(path + ": text set to break inside words").isEmpty();
		@SuppressWarnings("unchecked")
		List<Number> chartRights = (List<Number>) page
			.evaluate("Array.from(document.querySelectorAll('.chart, canvas')).map(e => e.getBoundingClientRect().right)");
		chartRights.forEach(right -> assertThat(right.doubleValue()).as(path + ": a chart wider than the screen")
			.isLessThanOrEqualTo(innerWidth));
	}

	/** Opens and closes the menu by click, Enter, Space and Escape (which gives the focus back to the button). */
	private static void menuFoldsAndOpens(Page page) {
		var toggle = page.locator("#menu-toggle");
		var nav = page.locator("#site-nav");
		assertThat(toggle).isVisible();
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		assertThat(toggle).hasAttribute("aria-controls", "site-nav");
		assertThat(nav).isHidden();
		toggle.click();
		assertThat(nav).isVisible();
		assertThat(toggle).hasAttribute("aria-expanded", "true");
		assertThat(nav.locator("a").first()).isVisible();
		toggle.press("Enter");
		assertThat(nav).isHidden();
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		toggle.press("Space");
		assertThat(nav).isVisible();
		page.keyboard().press("Escape");
		assertThat(nav).isHidden();
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		assertThat(toggle).isFocused();
	}

}

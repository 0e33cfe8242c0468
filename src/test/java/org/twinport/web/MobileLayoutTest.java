package org.twinport.web;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A phone 390 pixels wide: the menu folds behind a button, and no page scrolls sideways. */
class MobileLayoutTest extends BrowserTest {

	@Test
	void theMenuFoldsAndNoPageScrollsSideways() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.setViewportSize(390, 844);
			page.navigate(baseUrl() + "/?lang=en");
			assertThat(page.locator("#site-nav")).isHidden();
			page.locator("#menu-toggle").click();
			assertThat(page.locator("#site-nav")).isVisible();
			assertThat(page.locator("#menu-toggle")).hasAttribute("aria-expanded", "true");
			page.locator("#site-nav >> text=Partner network").click();
			assertThat(page.locator("table.directory")).containsText("Wakayama");

			for (String path : List.of("/", "/network", "/insight", "/marketplace", "/exchanges/calendar",
					"/network/figures", "/matchmaking")) {
				page.navigate(baseUrl() + path + "?lang=zh-CN");
				page.waitForLoadState();
				Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
				Object widest = page.evaluate("Array.from(document.querySelectorAll('body *'))"
						+ ".filter(e => e.getBoundingClientRect().right > 391)"
						+ ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
				assertThat(((Number) scrollWidth).intValue()).as(path + ": " + widest).isLessThanOrEqualTo(390);
			}
		}
	}

}

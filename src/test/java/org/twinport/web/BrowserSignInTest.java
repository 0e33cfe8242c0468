package org.twinport.web;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in headless Chromium: signs in, browses the network, switches language, signs
 * out.
 */
class BrowserSignInTest extends BrowserTest {

	@Test
	void signInSwitchLanguageAndSignOut() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/");
			assertThat(page.locator("h1")).containsText("Jinan");
			assertThat(page.locator("#fig-partnerships")).hasText("14");

			page.locator("#sign-in").click();
			page.locator("#username").fill("admin");
			page.locator("#password").fill(ADMIN_PASSWORD);
			page.locator("#login-submit").click();
			assertThat(page.locator("#current-user")).containsText("(international office)");

			page.locator("nav >> text=Partner network").click();
			assertThat(page.locator("table.directory")).containsText("Wakayama");
			assertThat(page.locator("table.directory")).containsText("Nizhny Novgorod");

			page.locator("#lang-zh").click();
			assertThat(page.locator("html")).hasAttribute("lang", "zh-Hans");
			assertThat(page.locator("h1")).hasText("友城网络");
			assertThat(page.locator("table.directory")).containsText("和歌山");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "network-zh.png"))
				.setFullPage(true));

			page.locator("#sign-out").click();
			assertThat(page.locator("#sign-in")).hasText("登录");
			assertThat(page.locator("[role=status]")).containsText("您已退出登录");

			page.locator("#lang-en").click();
			assertThat(page.locator("#sign-in")).hasText("Sign in");
			assertThat(page.locator("html")).hasAttribute("lang", "en");
		}
	}

	@Test
	void wrongPasswordShowsAReadableMessage() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			page.locator("#username").fill("admin");
			page.locator("#password").fill("certainly-wrong");
			page.locator("#login-submit").click();
			assertThat(page.locator("[role=alert]")).hasText("Wrong username or password.");
			assertThat(page.locator("#current-user")).hasCount(0);
		}
	}

	@Test
	void keyboardUsersCanSkipToContentAndFiltersAreLabelled() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/network");
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
			page.keyboard().press("Enter");
			assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
			page.getByLabel("Status").selectOption("DORMANT");
			assertThat(page.locator("table.directory tbody tr")).hasCount(1);
			assertThat(page.locator("table.directory")).containsText("Regina");
		}
	}

}

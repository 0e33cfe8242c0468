package org.twinport.insight;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import org.twinport.support.BrowserTest;
import org.twinport.support.WebSession;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the partner fragment, over HTTP and in Chromium (charts, filters
 * without reload, PNG export).
 */
class InsightPagesTest extends BrowserTest {

	@Test
	void dashboardIsPublicMarkedSyntheticAndInBothLanguages() {
		HttpResponse<String> page = new WebSession(baseUrl()).get("/insight");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("id=\"synthetic-banner\"", "not Jinan&#39;s real trade", "/js/insight.js", "echarts.min.js",
					"href=\"/insight\"")
			.doesNotContain("/coming/insight", "<script>", "MARKETPLACE", "(OFFICIAL)")
			.contains("Source (official statistics):");
		assertThat(new WebSession(baseUrl()).get("/insight?lang=zh-CN").body()).contains("贸易洞察", "并非济南的真实贸易数据",
				"数据来源（官方统计）").doesNotContain("OFFICIAL");
		assertThat(new WebSession(baseUrl()).get("/insight?country=XX").statusCode()).isEqualTo(400);
	}

	@Test
	void aRefusedFilterIsExplainedInTheReadersLanguage() {
		WebSession reader = new WebSession(baseUrl());
		var english = reader.get("/insight?lang=en&chapter=77");
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("id=\"error-detail\"", "chapter: must be an HS chapter from 01 to 97");
		var chinese = reader.get("/insight?lang=zh-CN&chapter=77");
		assertThat(chinese.statusCode()).isEqualTo(400);
		assertThat(chinese.body()).contains("chapter: 必须是 01 到 97 之间的 HS 章").doesNotContain("must be");
	}

	@Test
	void partnerPageShowsTradeThroughTheInsightFragment() {
		HttpResponse<String> fragment = new WebSession(baseUrl()).get("/insight/partners/fi-vantaa");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("Trade with Finland", "partner-trade-country", "Recorded with Vantaa")
			.doesNotContain("<html")
			// Amounts grouped in the reader's locale, not raw decimals such as 4995237.24.
			.containsPattern(">\\d{1,3}(,\\d{3})+</td>")
			.doesNotContainPattern(">\\d{5,}\\.\\d{2}</td>");
		assertThat(new WebSession(baseUrl()).get("/insight/partners/no-such-place").statusCode()).isEqualTo(404);
		assertThat(new WebSession(baseUrl()).get("/network/partners/fi-vantaa").body())
			.contains("hx-get=\"/insight/partners/fi-vantaa\"");
	}

	@Test
	void chartsDrawFiltersRedrawWithoutReloadAndChartsExportAsPng() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			List<String> errors = new ArrayList<>();
			page.onResponse(response -> {
				if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
					errors.add(response.status() + " " + response.url());
				}
			});
			page.onPageError(error -> errors.add(error));
			page.navigate(baseUrl() + "/insight");
			assertThat(page.locator("#insight-charts")).hasAttribute("data-loaded", "true");
			assertThat(page.locator("#chart-monthly canvas")).hasCount(1);
			assertThat(page.locator("#chart-map canvas")).hasCount(1);
			assertThat(page.locator("#growth-table tbody tr").first()).containsText("n/a");
			// Amounts grouped for the reader (1,378,006,934), not raw decimals (1378006933.59); the
			// first year depends on what other tests imported.
			assertThat(page.locator("#growth-table tbody tr").first().locator("td").nth(2))
				.hasText(java.util.regex.Pattern.compile("^\\d{1,3}(,\\d{3})*$"));
			page.evaluate("document.body.dataset.marker = 'same page'");

			page.selectOption("select[name=country]", "FI");
			page.waitForURL("**/insight?country=FI");
			assertThat(page.locator("a.csv[data-figure=monthly]")).hasAttribute("href",
					java.util.regex.Pattern.compile(".*/insight/figures/csv/totals\\?country=FI.*"));
			assertThat(page.locator("body")).hasAttribute("data-marker", "same page");

			Download png = page.waitForDownload(() -> page.locator("button.png[data-chart=yearly]").click());
			assertThat(png.suggestedFilename()).isEqualTo("insight-yearly.png");
			assertThat(errors).isEmpty();

			// Anonymous visitors get no marketplace section and no source choice.
			assertThat(page.locator("#marketplace-section")).hasCount(0);
			assertThat(page.locator("select[name=source]")).hasCount(0);
			// Chapters are named by their HS 2022 titles, in the chart's data and the
			// table.
			assertThat(page.locator("#chapters-table tbody tr").first()).containsText(" ");
			assertThat(page.locator("#chapters-table")).containsText("Coffee, tea, maté and spices");
			page.selectOption("select[name=chapter]", "09");
			page.waitForURL("**/insight?country=FI&chapter=09");
			assertThat(page.locator("#chapters-table tbody tr")).hasCount(1);
			assertThat(page.locator("#chapters-table tbody tr").first()).containsText("Coffee, tea, maté and spices");
			assertThat(page.locator("body")).hasAttribute("data-marker", "same page");
			assertThat(errors).isEmpty();

			page.navigate(baseUrl() + "/network/partners/fi-vantaa");
			assertThat(page.locator("#partner-trade")).containsText("Trade with Finland");
		}
	}

	@Test
	void staffSeeTheMarketplaceSectionInEnglishAndChinese() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			List<String> errors = new ArrayList<>();
			page.onResponse(response -> {
				if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
					errors.add(response.status() + " " + response.url());
				}
			});
			page.onPageError(error -> errors.add(error));
			page.navigate(baseUrl() + "/login");
			page.locator("#username").fill("admin");
			page.locator("#password").fill(ADMIN_PASSWORD);
			page.locator("#login-submit").click();
			assertThat(page.locator("#current-user")).containsText("(international office)");

			page.navigate(baseUrl() + "/insight");
			assertThat(page.locator("#insight-charts")).hasAttribute("data-loaded", "true");
			assertThat(page.locator("#marketplace-section h2")).hasText("Marketplace orders (staff only)");
			assertThat(page.locator("#chart-marketMonthly canvas")).hasCount(1);
			assertThat(page.locator("#chart-marketChapters canvas")).hasCount(1);
			assertThat(page.locator("#marketplace-section a.csv[data-figure=marketMonthly]")).hasAttribute("href",
					java.util.regex.Pattern.compile(".*/insight/figures/csv/totals\\?.*source=MARKETPLACE.*"));
			// The demo's sample orders are there, and staff download them as CSV with the
			// session.
			assertThat(page.locator("#marketplace-section")).hasAttribute("data-points",
					java.util.regex.Pattern.compile("[1-9][0-9]*"));
			var csv = context.request()
				.get(baseUrl()
						+ page.locator("#marketplace-section a.csv[data-figure=marketMonthly]").getAttribute("href"));
			assertThat(csv.status()).isEqualTo(200);
			assertThat(csv.text()).startsWith("period,imports,exports,total,currency\r\n");
			page.evaluate("document.body.dataset.marker = 'same page'");
			page.selectOption("select[name=flow]", "EXPORT");
			page.waitForURL("**/insight?flow=EXPORT**");
			assertThat(page.locator("#marketplace-section a.csv[data-figure=marketMonthly]")).hasAttribute("href",
					java.util.regex.Pattern.compile(".*flow=EXPORT.*source=MARKETPLACE.*"));
			assertThat(page.locator("body")).hasAttribute("data-marker", "same page");

			page.navigate(baseUrl() + "/insight?lang=zh-CN");
			assertThat(page.locator("#insight-charts")).hasAttribute("data-loaded", "true");
			assertThat(page.locator("#marketplace-section h2")).hasText("平台订单（仅限工作人员）");
			assertThat(page.locator("#chapters-table")).containsText("咖啡、茶、马黛茶及调味香料");
			assertThat(page.locator("select[name=chapter]")).containsText("09 咖啡、茶、马黛茶及调味香料");
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target", "screenshots", "insight-staff-zh.png"))
				.setFullPage(true));
			assertThat(errors).isEmpty();
		}
	}

}

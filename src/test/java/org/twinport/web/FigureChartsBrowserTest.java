package org.twinport.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The office's figure charts label their bars in the reader's language, not with codes. */
class FigureChartsBrowserTest extends BrowserTest {

	@Test
	void chartLabelsAreNamesInTheReadersLanguage() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/network/figures?lang=zh-CN");
			assertThat(page.locator("#figures-charts")).hasAttribute("data-loaded", "true");
			String labels = String.valueOf(page.evaluate("Array.from(document.querySelectorAll('#figures-charts .chart'))"
					+ ".map(c => echarts.getInstanceByDom(c).getOption().xAxis[0].data.join('|')).join(' / ')"));
			assertThat(labels).contains("欧洲", "亚洲", "友好城市").doesNotContain("EUROPE", "SISTER_CITY", "PARTNER|");
		}
	}

}

package org.twinport.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.twinport.support.Browser;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages of the network and its exchanges, in both languages, and the map in a
 * real browser.
 */
class NetworkPagesTest extends IntegrationTest {

	@Test
	void partnerPageShowsTheTieAndItsTimeline() {
		var page = new WebSession(baseUrl()).get("/network/partners/fi-vantaa?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Vantaa", "Sister city", "2001", "Garden in the style of Vantaa",
				"Ritva Viljanen");
		var zh = new WebSession(baseUrl()).get("/network/partners/fi-vantaa?lang=zh-CN");
		assertThat(zh.body()).contains("万塔", "大事记", "万塔风格园林");
		String rawCodes = ">[^<]*\\b(CONFERENCE_[A-Z]+|DELEGATION_VISIT|PLANNED|UNDER_CONSTRUCTION|BUILT|GIVEN|RECEIVED)\\b[^<]*<";
		assertThat(page.body()).as("the timeline's kinds in words").doesNotContainPattern(rawCodes)
			.contains("Exchange · Online conference");
		assertThat(zh.body()).contains("交流活动 · 线上会议");
		assertThat(zh.body()).doesNotContainPattern(rawCodes);
		assertThat(new WebSession(baseUrl()).get("/network/partners/nowhere").statusCode()).isEqualTo(404);
	}

	@Test
	void figuresPageShowsAnniversariesAndDonations() {
		var page = new WebSession(baseUrl()).get("/network/figures?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("The office&#39;s figures", "Vantaa",
				"<strong>" + (LocalDate.now().getYear() - 2001) + "</strong>", "masks", "Regina");
		assertThat(new WebSession(baseUrl()).get("/network/figures?lang=zh-CN").body()).contains("外办数据",
				"未来12个月内的周年纪念");
	}

	@Test
	void calendarPageOffersTheFeed() {
		var page = new WebSession(baseUrl()).get("/exchanges/calendar?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/api/v1/exchanges/calendar.ics", "Upcoming exchanges");
	}

	@Test
	void calendarHeadingsAreWordedForTheReaderAndTheExchangesOwnZoneIsNoParticipant() {
		String en = new WebSession(baseUrl()).get("/exchanges/calendar?lang=en").body();
		assertThat(en).as("the demo's sample upcoming exchanges are timed in Jinan").contains("class=\"calendar-start\"");
		assertThat(en).contains(", 2027, ", " (China Time)").doesNotContain("calendar-start\">20")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")
			.doesNotContain("<th scope=\"row\">Asia/Shanghai</th>");
		String zh = new WebSession(baseUrl()).get("/exchanges/calendar?lang=zh-CN").body();
		assertThat(zh).contains("（中国时间）", "2027年", "星期")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")
			.doesNotContain("<th scope=\"row\">Asia/Shanghai</th>");
	}

	@Test
	void directoryDrawsTheWorldMapOffline() {
		try (Browser browser = Browser.launch(); BrowserContext context = browser.newContext()) {
			List<String> problems = new ArrayList<>();
			context.onRequest(request -> {
				if (!request.url().startsWith(baseUrl())) {
					problems.add("external request " + request.url());
				}
			});
			context.onResponse(response -> {
				if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
					problems.add(response.status() + " " + response.url());
				}
			});
			Page page = context.newPage();
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
					problems.add(message.text());
				}
			});
			page.navigate(baseUrl() + "/network?lang=en");
			page.locator("#network-map canvas").first().waitFor();
			page.waitForLoadState();
			assertThat(problems).isEmpty();
			page.locator("#figures-link").click();
			page.locator("#figures-charts canvas").first().waitFor();
			assertThat(problems).isEmpty();
		}
	}

}

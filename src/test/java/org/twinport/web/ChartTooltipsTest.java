package org.twinport.web;

import java.util.function.Consumer;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.twinport.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names in chart tooltips are text: ECharts takes what a tooltip formatter returns as
 * HTML. The names the API answers are replaced here by markup, as if someone had stored
 * it, and the tooltip must show it rather than run it.
 */
class ChartTooltipsTest extends BrowserTest {

	private static final String MARKUP = "<img src=x onerror=\"window.injected=1\">";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theNetworkMapShowsAPartnersNameAsText() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.route("**/api/v1/network/partnerships?*", route -> answerChanged(route,
					json -> json.get("items").forEach(item -> prefixName((ObjectNode) item.get("partner")))));
			page.navigate(baseUrl() + "/network");
			assertTooltipIsText(page, "network-map", 1);
		}
	}

	@Test
	void theInsightChaptersShowATitleAsText() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.route("**/chapters?*",
					route -> answerChanged(route, json -> json.forEach(item -> prefixName((ObjectNode) item))));
			page.navigate(baseUrl() + "/insight");
			assertThat(page.locator("#insight-charts")).hasAttribute("data-loaded", "true");
			assertTooltipIsText(page, "chart-chapters", 0);
		}
	}

	private static void prefixName(ObjectNode named) {
		named.put("name", MARKUP + named.get("name").asString());
	}

	private static void answerChanged(Route route, Consumer<JsonNode> change) {
		APIResponse response = route.fetch();
		JsonNode json = JSON.readTree(response.text());
		change.accept(json);
		route.fulfill(new Route.FulfillOptions().setResponse(response).setBody(json.toString()));
	}

	private static void assertTooltipIsText(Page page, String chartId, int seriesIndex) {
		String chart = "echarts.getInstanceByDom(document.getElementById('" + chartId + "'))";
		page.waitForFunction("() => { const c = " + chart + "; const o = c && c.getOption(); const s = o && o.series;"
				+ " return s && s[" + seriesIndex + "] && s[" + seriesIndex + "].data.length > 0; }");
		page.evaluate("() => " + chart + ".dispatchAction({ type: 'showTip', seriesIndex: " + seriesIndex
				+ ", dataIndex: 0 })");
		page.waitForFunction(
				"() => document.getElementById('" + chartId + "').textContent.includes('" + "<img src=x" + "')");
		assertThat(page.locator("#" + chartId + " img")).hasCount(0);
		assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
	}

}

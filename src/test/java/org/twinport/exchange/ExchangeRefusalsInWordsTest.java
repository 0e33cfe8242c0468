package org.twinport.exchange;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange module's refusals reach their reader as a code worded in the reader's
 * language: API clients by Accept-Language, form users by the language they chose.
 */
class ExchangeRefusalsInWordsTest extends IntegrationTest {

	@Test
	void theApiRefusesInTheCallersLanguageWithACode() {
		JsonNode partner = firstError(get("/api/v1/exchanges?partner=nowhere-at-all", "zh"), 400);
		assertThat(partner.get("field").asString()).isEqualTo("partner");
		assertThat(partner.get("code").asString()).isEqualTo("problem.unknownPlace");
		assertThat(partner.get("message").asString()).isEqualTo("地点“nowhere-at-all”不存在");

		Response missing = get("/api/v1/exchanges/987654", "zh");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("code").asString()).isEqualTo("exchange.problem.noExchange");
		assertThat(missing.json().get("detail").asString()).isEqualTo("交流活动 987654 不存在。");
		assertThat(get("/api/v1/exchanges/987654", "en").json().get("detail").asString())
			.isEqualTo("There is no exchange 987654.");

		JsonNode size = firstError(get("/api/v1/exchanges?size=0", "zh"), 400);
		assertThat(size.get("field").asString()).isEqualTo("size");
		assertThat(size.get("message").asString()).isEqualTo("须在 1 至 200 之间");
		assertThat(firstError(get("/api/v1/partners/fi-vantaa/timeline?limit=501", "en"), 400).get("message")
			.asString()).isEqualTo("must be between 1 and 500");
	}

	/** An import names the entry of a refused field, and says why as the service did. */
	@Test
	void anImportRefusalNamesTheEntryInTheCallersLanguage() {
		String document = """
				{"format": "twinport-exchanges/1", "donations": [{"code": "words-test-donation", "direction": "GIVEN",
				 "status": "PLEDGED", "donorPlace": "cn-jinan", "recipientPlace": "fi-vantaa", "items": []}]}
				""";
		JsonNode error = firstError(api().send("POST", "/api/v1/exchanges/import", document, tokenFor(Role.ADMIN),
				"Accept-Language", "zh"), 400);
		assertThat(error.get("field").asString()).isEqualTo("donations[0].items");
		assertThat(error.get("code").asString()).isEqualTo("problem.items");
		assertThat(error.get("message").asString()).isEqualTo("至少须列出一项物品");
	}

	@Test
	void aFormRefusesInTheReadersLanguage() {
		WebSession admin = WebSession.signedIn(baseUrl(), usernameFor(Role.ADMIN), passwordFor(Role.ADMIN));
		var refused = admin.postForm("/manage/donations?lang=zh-CN",
				form("code", "words-test-donation", "direction", "GIVEN", "status", "SHIPPED", "donorPlace", "cn-jinan",
						"recipientPlace", "fi-vantaa", "pledgedOn", "2026-01-05", "shippedOn", "2026-01-04", "isPublic",
						"false", "items[0].item", "masks", "items[0].unit", "pieces"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"e-shippedOn\"", "不能早于承诺捐赠的日期")
			.doesNotContain("must not be before");
		assertThat(admin.get("/manage/exchanges/987654/edit").statusCode()).isEqualTo(404);
		assertThat(admin.get("/manage/donations/987654/edit").statusCode()).isEqualTo(404);
	}

	private Response get(String path, String language) {
		return api().send("GET", path, null, null, "Accept-Language", language);
	}

	private static JsonNode firstError(Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.json().get("errors").get(0);
	}

	private static String form(String... pairs) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

}

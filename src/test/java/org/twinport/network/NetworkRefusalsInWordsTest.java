package org.twinport.network;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's refusals reach their reader as a code worded in the reader's language:
 * API clients by Accept-Language, form users by the language they chose.
 */
class NetworkRefusalsInWordsTest extends IntegrationTest {

	@Test
	void theApiRefusesInTheCallersLanguageWithACode() {
		JsonNode kind = firstError(get("/api/v1/network/partnerships?kind=NOPE", "zh"), 400);
		assertThat(kind.get("field").asString()).isEqualTo("kind");
		assertThat(kind.get("code").asString()).isEqualTo("problem.kind");
		assertThat(kind.get("message").asString()).isEqualTo("“NOPE”不是已知的类型");
		assertThat(firstError(get("/api/v1/network/partnerships?kind=NOPE", "en"), 400).get("message").asString())
			.isEqualTo("is not a known kind: 'NOPE'");

		JsonNode country = firstError(get("/api/v1/network/partnerships?country=xx", "zh"), 400);
		assertThat(country.get("field").asString()).isEqualTo("country");
		assertThat(country.get("code").asString()).isEqualTo("value.country");
		assertThat(country.get("message").asString()).isEqualTo("须为 ISO 3166-1 两位国家代码（如 FI），而不是“XX”");
		assertThat(get("/api/v1/network/partnerships?country=fi", "en").status()).isEqualTo(200);

		JsonNode lang = firstError(get("/api/v1/network/figures?lang=english", "zh"), 400);
		assertThat(lang.get("field").asString()).isEqualTo("lang");
		assertThat(lang.get("code").asString()).isEqualTo("network.problem.languageTag");
		assertThat(get("/api/v1/network/figures?lang=zh-CN", "en").status()).isEqualTo(200);

		Response missing = get("/api/v1/network/partnerships/987654", "zh");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("code").asString()).isEqualTo("network.problem.noPartnership");
		assertThat(missing.json().get("detail").asString()).isEqualTo("友好关系 987654 不存在。");
	}

	/** Bean Validation words its messages from the same bundles, bounds filled in. */
	@Test
	void parameterBoundsAreSaidInTheCallersLanguage() {
		JsonNode size = firstError(get("/api/v1/network/partnerships?size=0", "zh"), 400);
		assertThat(size.get("field").asString()).isEqualTo("size");
		assertThat(size.get("message").asString()).isEqualTo("须在 1 至 200 之间");
		assertThat(firstError(get("/api/v1/network/figures?years=51", "en"), 400).get("message").asString())
			.isEqualTo("must be between 1 and 50");
	}

	@Test
	void aCsvImportNamesTheLineAndSaysWhyInTheCallersLanguage() {
		String csv = "home,partner,kind,status,established,fieldsOfCooperation,notes\r\n"
				+ "cn-jinan,fr-rennes,TWIN_TOWN,ACTIVE,2002,,\r\n";
		Response refused = api().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/network/partnerships.csv"))
			.header("Content-Type", "text/csv")
			.header("Accept-Language", "zh")
			.header("Authorization", "Bearer " + tokenFor(Role.ADMIN))
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build());
		JsonNode error = firstError(refused, 400);
		assertThat(error.get("field").asString()).isEqualTo("line 2: kind");
		assertThat(error.get("code").asString()).isEqualTo("problem.kind");
		assertThat(error.get("message").asString()).isEqualTo("“TWIN_TOWN”不是已知的类型");
	}

	@Test
	void aFormRefusesInTheReadersLanguage() {
		WebSession admin = WebSession.signedIn(baseUrl(), usernameFor(Role.ADMIN), passwordFor(Role.ADMIN));
		var refused = admin.postForm("/manage/partnerships?lang=zh-CN", form("home", "cn-jinan", "partner", "fi-vantaa",
				"kind", "EXCHANGE_MEMORANDUM", "status", "ACTIVE", "established", "2001-13"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"e-established\"", "须为 YYYY、YYYY-MM 或 YYYY-MM-DD 形式的日期，而不是“2001-13”")
			.doesNotContain("must be a date");
		assertThat(admin.get("/manage/partnerships/987654/edit").statusCode()).isEqualTo(404);
		assertThat(admin.get("/manage/contacts/987654/edit").statusCode()).isEqualTo(404);
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

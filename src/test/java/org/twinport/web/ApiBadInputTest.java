package org.twinport.web;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ApiBadInputTest extends IntegrationTest {

	private static void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.springframework");
		if (field != null) {
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		}
	}

	private long wakayama() {
		return jdbc
			.sql("select s.id from network.partnership s join network.place p on p.id = s.partner_place_id "
					+ "where p.code = 'jp-wakayama'")
			.query(Long.class)
			.single();
	}

	@Test
	void malformedJsonNamesTheBody() {
		var response = api().post("/api/v1/auth/tokens", "{\"username\": \"admin\", ", null);
		assertProblem(response, 400, "body");
		assertThat(response.json().get("detail").asString()).contains("not valid JSON");
	}

	@Test
	void wrongTypeNamesTheField() {
		assertProblem(api().post("/api/v1/auth/tokens",
				"{\"username\":\"admin\",\"password\":{\"a\":1},\"name\":\"x\"}", null), 400, "password");
	}

	@Test
	void aJsonReadingProblemIsCodedAndSaidInTheCallersLanguage() {
		String body = "{\"username\":\"admin\",\"password\":{\"a\":1},\"name\":\"x\"}";
		var english = api().post("/api/v1/auth/tokens", body, null);
		assertProblem(english, 400, "password");
		assertThat(english.json().get("errors").get(0).get("message").asString())
			.isEqualTo("has the wrong type: expected a string");
		assertThat(english.json().get("code").asString()).isEqualTo("web.problem.wrongType");

		var chinese = api().send("POST", "/api/v1/auth/tokens", body, null, "Accept-Language", "zh");
		assertProblem(chinese, 400, "password");
		assertThat(chinese.json().get("errors").get(0).get("message").asString()).isEqualTo("类型错误：应为字符串");
		assertThat(chinese.json().get("errors").get(0).get("code").asString()).isEqualTo("web.problem.wrongType");

		var malformed = api().send("POST", "/api/v1/auth/tokens", "{\"username\": \"admin\", ", null,
				"Accept-Language", "zh");
		assertProblem(malformed, 400, "body");
		assertThat(malformed.json().get("detail").asString()).startsWith("请求正文不是有效的 JSON");
	}

	@Test
	void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
		var response = api().put("/api/v1/network/partnerships/" + wakayama() + "/status", "{\"status\":\"FROZEN\"}",
				tokenFor(Role.ADMIN));
		assertProblem(response, 400, "status");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("FROZEN", "DORMANT");
	}

	@Test
	void missingRequiredFieldsAreEachNamed() {
		var response = api().post("/api/v1/auth/tokens", "{\"username\":\"admin\"}", null);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("\"password\"", "\"name\"");
		assertProblem(api().put("/api/v1/network/partnerships/" + wakayama() + "/status", "{}", tokenFor(Role.ADMIN)),
				400, "status");
	}

	@Test
	void invalidQueryParametersAreNamed() {
		assertProblem(api().get("/api/v1/network/partnerships?status=SLEEPING"), 400, "status");
		assertProblem(api().get("/api/v1/network/partnerships?size=0"), 400, "size");
		assertProblem(api().get("/api/v1/network/partnerships?page=abc"), 400, "page");
		assertProblem(api().get("/api/v1/network/partnerships?country=Finland"), 400, "country");
		assertProblem(api().get("/api/v1/network/partnerships?kind=TWIN_TOWN"), 400, "kind");
		assertProblem(api().get("/api/v1/network/partnerships?continent=ATLANTIS"), 400, "continent");
	}

	@Test
	void bodyOverOneMebibyteIsRefusedWith413() {
		String huge = "{\"username\":\"" + "x".repeat(1024 * 1024 + 10) + "\",\"password\":\"p\",\"name\":\"n\"}";
		assertProblem(api().post("/api/v1/auth/tokens", huge, null), 413, null);
	}

	@Test
	void chunkedBodyOverTheLimitIsRefusedWith413() {
		byte[] chunk = "x".repeat(64 * 1024).getBytes();
		var parts = new java.util.ArrayList<byte[]>();
		parts.add("{\"username\":\"".getBytes());
		for (int i = 0; i < 20; i++) {
			parts.add(chunk);
		}
		parts.add("\",\"password\":\"p\",\"name\":\"n\"}".getBytes());
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build();
		assertProblem(api().send(request), 413, null);
	}

	@Test
	void aFailedRequestChangesNothing() {
		long id = wakayama();
		String before = jdbc.sql("select status from network.partnership where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		api().put("/api/v1/network/partnerships/" + id + "/status", "{\"status\":\"ENDED\"", tokenFor(Role.ADMIN));
		api().put("/api/v1/network/partnerships/" + id + "/status", "{\"status\":\"ENDED\"}", tokenFor(Role.BUYER));
		api().put("/api/v1/network/partnerships/" + id + "/status", "{\"status\":\"ENDED\"}", null);
		String after = jdbc.sql("select status from network.partnership where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void unauthenticatedWriteIs401AndWrongRoleIs403AsProblemJson() {
		long id = wakayama();
		assertProblem(api().put("/api/v1/network/partnerships/" + id + "/status", "{\"status\":\"ACTIVE\"}", null), 401,
				null);
		assertProblem(api().put("/api/v1/network/partnerships/" + id + "/status", "{\"status\":\"ACTIVE\"}",
				tokenFor(Role.MERCHANT)), 403, null);
	}

	@Test
	void partnerOfficeMayChangeOnlyItsOwnCitysTie() {
		long coventry = jdbc
			.sql("select s.id from network.partnership s join network.place p on p.id = s.partner_place_id "
					+ "where p.code = 'gb-coventry'")
			.query(Long.class)
			.single();
		var own = api().put("/api/v1/network/partnerships/" + coventry + "/status", "{\"status\":\"ACTIVE\"}",
				tokenFor(Role.PARTNER_OFFICE));
		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.json().get("partner").get("code").asString()).isEqualTo("gb-coventry");
		assertProblem(api().put("/api/v1/network/partnerships/" + wakayama() + "/status", "{\"status\":\"ENDED\"}",
				tokenFor(Role.PARTNER_OFFICE)), 404, null);
	}

}

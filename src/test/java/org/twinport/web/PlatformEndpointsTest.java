package org.twinport.web;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformEndpointsTest extends IntegrationTest {

	@Test
	void healthIsPublicAndUp() {
		var response = api().get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusMetricsAreForAdminsOnly() {
		assertThat(api().get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(api().get("/actuator/prometheus", tokenFor(Role.BUYER)).status()).isEqualTo(403);
		assertThat(api().get("/actuator/prometheus", tokenFor(Role.PARTNER_OFFICE)).status()).isEqualTo(403);
		var admin = api().get("/actuator/prometheus", tokenFor(Role.ADMIN));
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		var response = api().get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json()).as("the same document every time")
			.isEqualTo(openApiDocument());
		assertThat(response.json().get("paths").has("/api/v1/network/partnerships")).isTrue();
		assertThat(response.json().get("paths").has("/api/v1/auth/tokens")).isTrue();
		var money = response.json().get("components").get("schemas").get("Money").get("properties");
		assertThat(money.propertyNames()).containsExactlyInAnyOrder("amount", "currency");
		assertThat(money.get("amount").get("type").asString()).as("a decimal string, never a float")
			.isEqualTo("string");
		assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void unknownApiPathIsProblemJsonWithoutStackTrace() {
		var response = api().get("/api/v1/no-such-thing", tokenFor(Role.ADMIN));
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

}

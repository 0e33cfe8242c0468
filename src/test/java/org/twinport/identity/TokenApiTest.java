package org.twinport.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.twinport.shared.Passwords;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TokenApiTest extends IntegrationTest {

	private String issue(String username, String password, String name) {
		var response = api().post("/api/v1/auth/tokens",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"" + name + "\"}",
				null);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("token").asString();
	}

	@Test
	void tokenIsIssuedOnceListedWithoutSecretAndRevocable() {
		String password = passwordFor(Role.BUYER);
		String token = issue(usernameFor(Role.BUYER), password, "laptop");

		var list = api().get("/api/v1/auth/tokens", token);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("laptop").doesNotContain(token);
		long id = 0;
		for (var item : list.json()) {
			if (item.get("name").asString().equals("laptop")) {
				id = item.get("id").asLong();
			}
		}
		assertThat(id).isPositive();
		long tokenId = id;
		await("the token's first use is recorded, in the background").atMost(Duration.ofSeconds(5))
			.until(() -> jdbc.sql("select count(*) from identity.api_token where id = :id and last_used_at is not null")
				.param("id", tokenId)
				.query(Long.class)
				.single() == 1);

		assertThat(api().delete("/api/v1/auth/tokens/" + id, token).status()).isEqualTo(204);
		var afterRevoke = api().get("/api/v1/auth/tokens", token);
		assertThat(afterRevoke.status()).isEqualTo(401);
		assertThat(afterRevoke.contentType()).startsWith("application/problem+json");
	}

	/** As another node would see it: revoked in the database, not through this node. */
	@Test
	void aTokenRevokedElsewhereStopsWorkingWithinTheCacheTime() {
		String token = issue(usernameFor(Role.BUYER), passwordFor(Role.BUYER), "other-node");
		assertThat(api().get("/api/v1/auth/tokens", token).status()).isEqualTo(200);
		jdbc.sql("update identity.api_token set revoked_at = now() where name = 'other-node'").update();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(15))
			.until(() -> api().get("/api/v1/auth/tokens", token).status() == 401);
	}

	@Test
	void onlyADigestOfTheTokenIsStored() {
		String token = issue("admin", ADMIN_PASSWORD, "digest-check");
		long digestMatches = jdbc
			.sql("select count(*) from identity.api_token where token_hash = sha256(convert_to(:token, 'UTF8'))")
			.param("token", token)
			.query(Long.class)
			.single();
		assertThat(digestMatches).isEqualTo(1);
		long plainCopies = jdbc
			.sql("select count(*) from identity.api_token where position(:token in name || ' ' || token_prefix) > 0")
			.param("token", token)
			.query(Long.class)
			.single();
		assertThat(plainCopies).isZero();
		String stored = jdbc.sql("select password_hash from identity.account where username = 'admin'")
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{argon2}").doesNotContain(ADMIN_PASSWORD);
	}

	@Test
	void oneUserCannotRevokeAnothersToken() {
		String adminToken = issue("admin", ADMIN_PASSWORD, "mine");
		long adminTokenId = jdbc
			.sql("select max(t.id) from identity.api_token t join identity.account a on a.id = t.account_id "
					+ "where a.username = 'admin'")
			.query(Long.class)
			.single();
		var attempt = api().delete("/api/v1/auth/tokens/" + adminTokenId, tokenFor(Role.MERCHANT));
		assertThat(attempt.status()).isEqualTo(404);
		assertThat(api().get("/api/v1/auth/tokens", adminToken).status()).isEqualTo(200);
	}

	@Test
	void wrongPasswordIsRefusedAndRepeatedFailuresAreSlowedDown() {
		String username = "throttle.victim";
		accounts.create(
				new AccountManagement.NewAccount(username, Passwords.generate(), null, Role.BUYER, null, null, false));
		String wrong = "{\"username\":\"" + username + "\",\"password\":\"not-the-password\",\"name\":\"x\"}";
		for (int i = 0; i < 5; i++) {
			var response = api().post("/api/v1/auth/tokens", wrong, null);
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
		var throttled = api().post("/api/v1/auth/tokens", wrong, null);
		var again = api().post("/api/v1/auth/tokens", wrong, null);
		assertThat(throttled.status() == 429 || again.status() == 429).as(throttled + " / " + again).isTrue();
		var last = again.status() == 429 ? again : throttled;
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertThat(last.json().get("code").asString()).startsWith("identity.problem.throttled");
		assertThat(last.json().get("detail").asString()).startsWith("Too many");
	}

	@Test
	void aChineseReaderIsToldInChineseWhyATokenRequestIsRefused() {
		var missing = api().send("DELETE", "/api/v1/auth/tokens/987654321", null, tokenFor(Role.BUYER),
				"Accept-Language", "zh");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("code").asString()).isEqualTo("identity.problem.noLiveToken");
		assertThat(missing.json().get("detail").asString()).contains("987654321").contains("令牌");

		var nameless = api().send("POST", "/api/v1/auth/tokens", "{\"username\":\"a\",\"password\":\"b\"}", null,
				"Accept-Language", "zh");
		assertThat(nameless.status()).isEqualTo(400);
		assertThat(nameless.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertThat(nameless.json().get("errors").get(0).get("message").asString()).doesNotContain("required");
	}

	@Test
	void garbageBearerTokenIsUnauthorized() {
		var response = api().get("/api/v1/auth/tokens", "tp_not-a-real-token");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("unknown or revoked");
	}

	@Test
	void signInRefusalsAreCodedAndSaidInChinese() {
		var garbage = api().send("GET", "/api/v1/auth/tokens", null, "tp_not-a-real-token", "Accept-Language", "zh");
		assertThat(garbage.status()).isEqualTo(401);
		assertThat(garbage.json().get("code").asString()).isEqualTo("identity.problem.unknownToken");
		assertThat(garbage.json().get("detail").asString()).contains("令牌");

		var wrong = api().send("POST", "/api/v1/auth/tokens",
				"{\"username\":\"no.such.reader\",\"password\":\"surely-not-it\",\"name\":\"x\"}", null,
				"Accept-Language", "zh");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.json().get("code").asString()).isEqualTo("identity.problem.wrongCredentials");
		assertThat(wrong.json().get("detail").asString()).isEqualTo("用户名或密码错误。");
	}

}

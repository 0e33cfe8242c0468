package org.twinport.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser sessions live in PostgreSQL, not in the node's memory: the row is what signs a
 * browser in, so any node serves it and a restart signs nobody out.
 */
class SessionsInDatabaseTest extends IntegrationTest {

	@Test
	void aSignedInBrowserIsSignedInByItsDatabaseRowAlone() {
		String username = usernameFor(Role.MERCHANT);
		WebSession browser = WebSession.signedIn(baseUrl(), username, passwordFor(Role.MERCHANT));
		assertThat(browser.get("/merchant/products").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(username)).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from identity.http_session_attributes a
				join identity.http_session s on s.primary_id = a.session_primary_id
				where s.principal_name = :u and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""")
			.param("u", username)
			.query(Long.class)
			.single()).isEqualTo(sessionsOf(username));

		jdbc.sql("delete from identity.http_session where principal_name = :u").param("u", username).update();

		HttpResponse<String> after = browser.get("/merchant/products");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
	}

	@Test
	void anonymousVisitsOfPublicPagesWriteNoSession() {
		long start = System.currentTimeMillis();
		WebSession visitor = new WebSession(baseUrl());
		for (String page : List.of("/", "/marketplace", "/network")) {
			HttpResponse<String> response = visitor.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.body()).as("the page still carries a CSRF token for its forms")
				.contains("name=\"_csrf\"");
		}
		assertThat(jdbc.sql("select count(*) from identity.http_session where creation_time >= :t")
			.param("t", start)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSessionAndCsrfCookiesAreHttpOnlyAndSameSiteLax() {
		WebSession browser = new WebSession(baseUrl());
		HttpResponse<String> signIn = browser.postForm("/login", "username=" + usernameFor(Role.BUYER) + "&password="
				+ java.net.URLEncoder.encode(passwordFor(Role.BUYER), StandardCharsets.UTF_8));

		assertThat(signIn.statusCode()).isEqualTo(302);
		List<String> cookies = signIn.headers().allValues("Set-Cookie");
		assertThat(cookies).as("a session cookie and a fresh CSRF cookie").hasSizeGreaterThanOrEqualTo(2);
		assertThat(cookies).allSatisfy(
				cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
		assertThat(cookies).anyMatch(cookie -> cookie.startsWith("SESSION="))
			.anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
	}

	@Test
	void signingOutRemovesTheSessionRow() {
		String username = usernameFor(Role.BUYER);
		WebSession browser = WebSession.signedIn(baseUrl(), username, passwordFor(Role.BUYER));
		long before = sessionsOf(username);
		assertThat(before).isGreaterThanOrEqualTo(1);

		assertThat(browser.postForm("/logout", "").statusCode()).isEqualTo(302);

		assertThat(sessionsOf(username)).isEqualTo(before - 1);
	}

	@Test
	void aNewTokenIsShownOnceAndNeverWrittenToTheSessionStore() {
		String username = usernameFor(Role.MERCHANT);
		WebSession browser = WebSession.signedIn(baseUrl(), username, passwordFor(Role.MERCHANT));

		HttpResponse<String> issued = browser.postForm("/account/tokens", "name=session-test");

		assertThat(issued.statusCode()).isEqualTo(200);
		Matcher token = Pattern.compile("id=\"issued-token\">(tp_[^<]+)<").matcher(issued.body());
		assertThat(token.find()).as(issued.body()).isTrue();
		assertThat(api().get("/api/v1/auth/tokens", token.group(1)).status()).isEqualTo(200);
		List<byte[]> stored = jdbc.sql("select attribute_bytes from identity.http_session_attributes")
			.query(byte[].class)
			.list();
		// Latin-1 maps each byte to one char, so a byte sequence shows as a substring.
		assertThat(stored).isNotEmpty()
			.noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(token.group(1)));
		assertThat(browser.get("/account/tokens").body()).doesNotContain(token.group(1)).contains("session-test");
	}

	private long sessionsOf(String username) {
		return jdbc.sql("select count(*) from identity.http_session where principal_name = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

}

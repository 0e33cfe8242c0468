package org.twinport.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses of no page, and the icon browsers ask every site for. */
class UnknownAddressTest extends IntegrationTest {

	@Test
	void faviconIsServedToAnyone() {
		HttpResponse<byte[]> icon = new WebSession(baseUrl()).getBytes("/favicon.ico");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type").orElse("")).isIn("image/x-icon",
				"image/vnd.microsoft.icon");
		byte[] body = icon.body();
		assertThat(body).as("an ICO header: reserved 0, type 1").startsWith(0, 0, 1, 0);
	}

	@Test
	void anUnknownAddressIsAnErrorPageForAnonymousVisitors() {
		HttpResponse<String> response = new WebSession(baseUrl()).get("/no-such-page/here");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.body()).doesNotContain("name=\"password\"", "Exception", "at org.");
	}

	@Test
	void anUnknownAddressIsAnErrorPageForSignedInUsers() {
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		HttpResponse<String> response = buyer.get("/no-such-page/here");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.body()).contains("Page not found").doesNotContain("Not Found");
		assertThat(buyer.get("/no-such-page/here?lang=zh").body()).contains("找不到页面");
	}

	@Test
	void aForbiddenPageSaysSoInWordsNotAsAStatusLine() {
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		HttpResponse<String> response = buyer.get("/manage?lang=en");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not allowed for your role").doesNotContain("Forbidden");
	}

	@Test
	void knownPagesStillSendAnonymousVisitorsToSignIn() {
		WebSession anonymous = new WebSession(baseUrl());
		for (String page : new String[] { "/landed-cost", "/orders/1", "/manage", "/account/tokens" }) {
			HttpResponse<String> response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
		}
	}

	@Test
	void aKnownPageAskedWithAnotherMethodStillNeedsSignIn() {
		WebSession anonymous = new WebSession(baseUrl());
		HttpResponse<String> response = anonymous.postForm("/landed-cost/rules", "");
		assertThat(response.statusCode()).isIn(302, 403);
		assertThat(response.statusCode()).isNotEqualTo(404);
	}

}

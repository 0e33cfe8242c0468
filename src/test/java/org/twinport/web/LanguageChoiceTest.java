package org.twinport.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface language over real HTTP: the account's choice, then the cookie, then the
 * best of Accept-Language, then English; the switch names each language in itself.
 */
class LanguageChoiceTest extends IntegrationTest {

	private static final Pattern HTML_LANG = Pattern.compile("<html[^>]* lang=\"([^\"]+)\"");

	private static String htmlLang(HttpResponse<String> page) {
		assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
		Matcher matcher = HTML_LANG.matcher(page.body());
		assertThat(matcher.find()).as("html lang attribute").isTrue();
		return matcher.group(1);
	}

	private long newBuyer(String username, String password) {
		return accounts.create(new NewAccount(username, password, "Language tester", Role.BUYER, null, null, false)).id();
	}

	private HttpResponse<String> withAcceptLanguage(String header) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/network"))
				.header("Accept-Language", header)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "fi-FI,fi;q=0.9,en;q=0.5 | fi", "es-ES, ja;q=0.8, en;q=0.2 | ja",
			"zh-CN,zh;q=0.9 | zh-Hans", "ko-KR | ko", "ru | ru", "de-AT | de", "fr-CA;q=0.7, es | fr",
			"es-ES, pt;q=0.5 | en", "en-GB | en", "x;;==,q=x | en" })
	void withoutACookieTheBestOfAcceptLanguageIsSpoken(String header, String expected) throws Exception {
		assertThat(htmlLang(withAcceptLanguage(header))).isEqualTo(expected);
	}

	@Test
	void theCookieBeatsAcceptLanguageAndALanguageNotSpokenIsNotSet() {
		WebSession session = new WebSession(baseUrl());
		assertThat(htmlLang(session.get("/network?lang=de"))).isEqualTo("de");
		assertThat(htmlLang(session.get("/network"))).isEqualTo("de");
		assertThat(htmlLang(session.get("/network?lang=es"))).isEqualTo("de");
		assertThat(htmlLang(session.get("/network?lang=zh-CN"))).isEqualTo("zh-Hans");
	}

	@Test
	void theSwitchListsEveryLanguageByItsOwnNameAndKeepsThePage() {
		String page = new WebSession(baseUrl()).get("/marketplace?q=tea&lang=fr").body();
		assertThat(page).contains(">English</a>", ">简体中文</a>", ">日本語</a>", ">한국어</a>", ">Русский</a>",
				">Suomi</a>", ">Deutsch</a>", ">Français</a>");
		assertThat(page).contains("href=\"/marketplace?q=tea&amp;lang=ja\"", "hreflang=\"zh-Hans\"")
			.containsPattern("id=\"lang-fr\"\\s+aria-current=\"true\"")
			.doesNotContainPattern("id=\"lang-en\"\\s+aria-current");
	}

	@Test
	void theLanguageChosenOnTheAccountPageIsRestoredAtEverySignIn() {
		String username = "lang." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		long id = newBuyer(username, password);
		assertThat(accounts.uiLanguage(id)).isEmpty();

		WebSession first = WebSession.signedIn(baseUrl(), username, password);
		assertThat(first.postForm("/account/language", "language=ko").statusCode()).isEqualTo(302);
		assertThat(accounts.uiLanguage(id)).contains("ko");
		assertThat(htmlLang(first.get("/network"))).isEqualTo("ko");
		assertThat(first.get("/account/tokens").body()).contains("계정");
		assertThat(htmlLang(first.get("/network?lang=de"))).as("the header's switch is for this browser").isEqualTo("de");
		assertThat(accounts.uiLanguage(id)).contains("ko");

		WebSession elsewhere = new WebSession(baseUrl());
		assertThat(htmlLang(elsewhere.get("/network?lang=fi"))).isEqualTo("fi");
		HttpResponse<String> signIn = elsewhere.postForm("/login", "username=" + username + "&password="
				+ java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("twinport-lang=ko"));
		assertThat(htmlLang(elsewhere.get("/network"))).isEqualTo("ko");

		assertThat(elsewhere.postForm("/account/language", "language=xx").statusCode()).isEqualTo(302);
		assertThat(elsewhere.get("/account/tokens").body()).contains("role=\"alert\"");
		assertThat(accounts.uiLanguage(id)).contains("ko");
		assertThat(elsewhere.postForm("/account/language", "language=").statusCode()).isEqualTo(302);
		assertThat(accounts.uiLanguage(id)).isEmpty();
	}

	@Test
	void aLanguageChosenBeforeSigningInStaysWhenTheAccountHasNone() {
		String username = "lang." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		long id = newBuyer(username, password);
		WebSession session = new WebSession(baseUrl());
		assertThat(htmlLang(session.get("/login?lang=ja"))).isEqualTo("ja");
		HttpResponse<String> signIn = session.postForm("/login",
				"username=" + username + "&password=" + java.net.URLEncoder.encode(password,
						java.nio.charset.StandardCharsets.UTF_8));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(htmlLang(session.get("/"))).isEqualTo("ja");
		assertThat(htmlLang(session.get("/marketplace"))).isEqualTo("ja");
		assertThat(accounts.uiLanguage(id)).isEmpty();
	}

}

package org.twinport.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twinport.identity.Role;
import org.twinport.support.BrowserTest;
import org.twinport.support.JourneyWatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role walks every page its menu and pages link to, in each of the eight UI languages, on a 390 px wide phone,
 * as a person clicking around would: no page may be an error page, log a console error, show a raw code or an
 * unresolved message instead of words, leave English in its interface, or scroll sideways. A screenshot of each
 * page goes to {@code target/screenshots/crawl/<lang>/}.
 */
class EveryPageInWordsBrowserTest extends BrowserTest {

	/** Downloads, API documents and actions that are not pages to read. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"^/(api|v3|swagger-ui|swagger-ui\\.html|logout|h2|actuator)(/.*)?$|\\.(csv|ics|pdf|json|xlsx|png|jpg|svg|ico)$|/(export|download|files?)(/|$)");

	/** How many pages of one shape (digits taken as one) a walk opens: products are many, their page is one. */
	private static final int PER_SHAPE = 1;

	private static final int MOST_PAGES = 50;

	static Stream<Arguments> everyRoleInEveryLanguage() {
		return Stream.of("ANONYMOUS", "BUYER", "MERCHANT", "PARTNER_OFFICE", "ADMIN")
			.flatMap(who -> Stream.of("en", "zh", "ja", "ko", "ru", "fi", "de", "fr").map(lang -> Arguments.of(who, lang)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("everyRoleInEveryLanguage")
	void everyLinkedPageSpeaksInWords(String who, String lang) {
		List<String> found = new ArrayList<>();
		Path shots = Path.of("target", "screenshots", "crawl", lang);
		try (BrowserContext context = browser.newPhoneContext()) {
			Page page = context.newPage();
			JourneyWatch watch = JourneyWatch.on(page).speaking(lang);
			page.navigate(baseUrl() + "/login?lang=" + lang);
			if (!"ANONYMOUS".equals(who)) {
				Role role = Role.valueOf(who);
				page.locator("#username").fill(usernameFor(role));
				page.locator("#password").fill(passwordFor(role));
				page.locator("#login-submit").click();
				page.locator("#current-user").waitFor();
				page.navigate(baseUrl() + "/?lang=" + lang);
			}
			Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
			Set<String> seen = new LinkedHashSet<>(toVisit);
			Map<String, Integer> shapes = new HashMap<>();
			int visited = 0;
			while (!toVisit.isEmpty() && visited < MOST_PAGES) {
				String path = toVisit.poll();
				try {
					page.navigate(baseUrl() + path);
				}
				catch (PlaywrightException download) {
					if (String.valueOf(download.getMessage()).contains("Download is starting")) {
						continue;
					}
					throw download;
				}
				visited++;
				found.addAll(watch.onScreen());
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(shots.resolve(who.toLowerCase(java.util.Locale.ROOT) + "-" + visited + ".png")));
				for (Object href : (List<?>) page.evaluate(
						"() => Array.from(document.querySelectorAll('a[href]:not([download])')).map(a => a.getAttribute('href'))")) {
					String next = sameSitePage(String.valueOf(href));
					if (next != null && seen.add(next)
							&& shapes.merge(next.replaceAll("[0-9]+", "#").replaceAll("=[^&]*", "="), 1,
									Integer::sum) <= PER_SHAPE) {
						toVisit.add(next);
					}
				}
			}
			found.addAll(watch.problemsSoFar());
			assertThat(visited).as("pages walked").isGreaterThan(5);
		}
		assertThat(found).as(who + " in " + lang).isEmpty();
	}

	/** The path and query of a link to one of our pages, without the language switch; null for anything else. */
	private String sameSitePage(String href) {
		if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("javascript:")) {
			return null;
		}
		URI uri = URI.create(baseUrl() + "/").resolve(href.replace(" ", "%20"));
		if (!uri.toString().startsWith(baseUrl())) {
			return null;
		}
		String path = uri.getRawPath();
		if (path == null || NOT_A_PAGE.matcher(path).find()) {
			return null;
		}
		String query = uri.getRawQuery();
		if (query != null) {
			query = query.replaceAll("(^|&)lang=[^&]*", "").replaceAll("^&", "");
		}
		return query == null || query.isEmpty() ? path : path + "?" + query;
	}

}

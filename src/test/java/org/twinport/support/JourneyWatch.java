package org.twinport.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Watches a person's walk through the browser: every page it opens must not be an error page, the console must stay
 * free of errors, and no screen may show a raw code (an enum name, a message key) instead of words.
 *
 * <pre>
 * JourneyWatch watch = JourneyWatch.on(page);
 * ... click through ...
 * watch.check(); // after each step that shows something new
 * watch.assertClean(); // at the end
 * </pre>
 */
public final class JourneyWatch {

	/** Enum-shaped words (SISTER_CITY, CONFERENCE_ONLINE) and single-word codes that have a wording. */
	private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b(OPEN|AWARDED|CLOSED"
			+ "|SUBMITTED|ACCEPTED|DECLINED|PLANNED|ACTIVE|ARCHIVED|EUROPE|ASIA|AFRICA|OCEANIA|AMERICAS|OPTIMAL|FEASIBLE"
			+ "|INFEASIBLE|ADMIN|STAFF|MERCHANT|BUYER|PAID|SHIPPED|DELIVERED|CANCELLED|REFUNDED|PENDING|DRAFT|MICRO|SMALL"
			+ "|MEDIUM|LARGE|SUPPLIER|CONFERENCE|DELEGATION|DONATION|PROJECT|ANNIVERSARY|APPROVAL|REQUESTED|SCHEDULED|SYNTHETIC)\\b");

	/** Message keys left unresolved by Thymeleaf (??key_en??) or by our own wording fallbacks. */
	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?|\\bmsg:|\\bnull\\b|\\bundefined\\b|\\bNaN\\b");

	/**
	 * Words of English's interface that no other of our languages writes; found in the
	 * interface's own elements (not in names or texts a merchant wrote) they are English left
	 * on a page in another language.
	 */
	private static final Pattern ENGLISH_WORDS = Pattern.compile(
			"\\b(?i:the|your|and|with|which|choose|please|select|search|sign|save|edit|delete|show|back|next"
					+ "|previous|cancel|add|remove|send|upload|download|where|when|there|their|must|should"
					+ "|could|would|this|that|these|those|from|into|about|after|before)\\b");

	/**
	 * The interface's own words: labels (their own text, not the choices of a picker inside),
	 * buttons, column headings, legends, hints, navigation, messages; not a table's body,
	 * where names and titles people wrote are.
	 */
	private static final String INTERFACE_TEXT = "nav a, label, button, th, legend, summary, .hint, footer p, "
			+ "[role=alert], [role=status], .lead";

	private final Page page;

	private final List<String> problems = new ArrayList<>();

	private String language = "en";

	private JourneyWatch(Page page) {
		this.page = page;
		page.onConsoleMessage(message -> {
			// A form with errors is answered 400 and swapped in as the form again (forms.js); Chromium logs the
			// status as a console error. Error pages are caught by their document's status instead.
			if ("error".equals(message.type())) {
				problems.add("console error on " + page.url() + ": " + message.text());
			}
		});
		page.onPageError(error -> problems.add("script error on " + page.url() + ": " + error));
		page.onResponse(response -> {
			if ("document".equals(response.request().resourceType()) && response.status() >= 400) {
				problems.add("error page " + response.status() + " at " + response.url());
			}
		});
	}

	public static JourneyWatch on(Page page) {
		return new JourneyWatch(page);
	}

	/**
	 * Also checks that the interface speaks this language (ISO 639-1): no English words left
	 * in its own elements, and its page scrolls no wider than the window.
	 */
	public JourneyWatch speaking(String languageCode) {
		this.language = languageCode;
		return this;
	}

	/** Checks the page on screen now: not an error page, no raw code, no unresolved message. */
	public JourneyWatch check() {
		List<String> found = onScreen();
		if (!found.isEmpty()) {
			throw new AssertionError(String.join("\n", found));
		}
		return this;
	}

	/** What is wrong with the page on screen now, in words; empty when nothing is. */
	public List<String> onScreen() {
		page.waitForLoadState();
		List<String> found = new ArrayList<>();
		if (page.locator("#error-page").count() > 0) {
			found.add("error page at " + page.url() + ": " + page.locator("#error-page").innerText());
		}
		String text = page.locator("body").innerText();
		find(RAW_CODE, text, "raw code", found);
		find(UNRESOLVED, text, "unresolved message", found);
		if (!language.equals("en")) {
			@SuppressWarnings("unchecked")
			List<String> words = (List<String>) page.evaluate("selector => Array.from(document.querySelectorAll(selector))"
					+ ".filter(e => !e.closest('[lang]:not(html)') && !e.closest('.user-text') && !e.closest('tbody'))"
					+ ".map(e => e.tagName === 'LABEL' ? Array.from(e.childNodes).filter(n => n.nodeType === 3)"
					+ ".map(n => n.textContent).join(' ').trim() : e.innerText.trim()).filter(t => t.length > 0)",
					INTERFACE_TEXT);
			for (String word : words) {
				find(ENGLISH_WORDS, word, "English in a page in " + language, found);
			}
		}
		Object wider = page.evaluate(
				"() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (wider instanceof Number pixels && pixels.intValue() > 1) {
			found.add("page scrolls sideways by " + pixels + " px at " + page.url());
		}
		return found;
	}

	/** Problems seen along the way (console, scripts, error responses), leaving them for the next look. */
	public List<String> problemsSoFar() {
		return List.copyOf(problems);
	}

	/** Fails when anything went wrong anywhere along the journey so far. */
	public void assertClean() {
		check();
		assertThat(problems).as("problems along the journey").isEmpty();
	}

	/**
	 * Runs a step whose form the server is meant to refuse: its answer is the form again
	 * with its errors (400), which is what the person should see, not a problem. Fails
	 * unless the refused form is on screen afterwards.
	 */
	public JourneyWatch expectRefusal(Runnable step) {
		int before = problems.size();
		step.run();
		page.locator("#form-errors").waitFor();
		List<String> during = new ArrayList<>(problems.subList(before, problems.size()));
		problems.subList(before, problems.size()).clear();
		during.stream().filter(problem -> !isTheRefusal(problem)).forEach(problems::add);
		return this;
	}

	private static boolean isTheRefusal(String problem) {
		return problem.startsWith("error page 400 ")
				|| problem.contains("Failed to load resource: the server responded with a status of 400");
	}

	private void find(Pattern pattern, String text, String what, List<String> found) {
		Matcher matcher = pattern.matcher(text);
		if (matcher.find()) {
			int from = Math.max(0, matcher.start() - 60);
			int to = Math.min(text.length(), matcher.end() + 60);
			found.add(what + " \"" + matcher.group() + "\" on " + page.url() + ": …"
					+ text.substring(from, to).replace('\n', ' ') + "…");
		}
	}

}

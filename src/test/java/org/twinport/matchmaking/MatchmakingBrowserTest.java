package org.twinport.matchmaking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.matchmaking.TestCompanies.Company;
import org.twinport.support.BrowserTest;
import org.twinport.support.ApiClient.Response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matchmaking as people see it in Chromium, on real data: four companies in Jinan,
 * Vantaa, Coventry and Sacramento; suggestions with their reasons; a meeting requested
 * and accepted on the pages; agendas in each company's own time zone on 20 October
 * (summer time in Europe and California) and 10 December (winter time); the iCalendar
 * download; every page in English and Simplified Chinese.
 */
class MatchmakingBrowserTest extends BrowserTest {

	private static final String MM = "/api/v1/matchmaking";


	private Company company(String key, String place, String name, String facets) {
		return new TestCompanies(api(), accounts).company(key, place, name, facets);
	}

	private void meet(Company from, Company to, long session) {
		new TestCompanies(api(), accounts).meet(from, to, session);
	}

	@Test
	void suggestionsRequestAcceptAgendasInEachZoneAndICalendar() throws IOException {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Company jinan = company("jinan", "cn-jinan", "Jinan Spring Tea " + suffix,
				"\"sellsHs\": [\"090210\"], \"offers\": [\"SUPPLIER\"], \"languages\": [\"zh\", \"en\"]");
		Company vantaa = company("vantaa", "fi-vantaa", "Vantaa Tea House " + suffix,
				"\"buysHs\": [\"0902\"], \"seeks\": [\"SUPPLIER\"], \"languages\": [\"fi\", \"en\"]");
		Company coventry = company("coventry", "gb-coventry", "Coventry Leaf Traders " + suffix,
				"\"sellsHs\": [\"090230\"], \"buysHs\": [\"0902\"], \"offers\": [\"SUPPLIER\"], \"seeks\": [\"SUPPLIER\"], \"languages\": [\"en\"]");
		Company sacramento = company("sacramento", "us-sacramento", "Sacramento Imports " + suffix,
				"\"buysHs\": [\"0902\"], \"seeks\": [\"SUPPLIER\"], \"languages\": [\"en\", \"zh\"]");
		// These four keep round-the-clock hours (the scheduler otherwise keeps to 08:00-18:00
		// local, see WorkingHoursSchedulingTest), so one Jinan slot shows every zone's side
		// of midnight.
		jdbc.sql("update matchmaking.company set work_starts = '00:00', work_ends = '23:59' where id in (:ids)")
			.param("ids", java.util.List.of(jinan.id(), vantaa.id(), coventry.id(), sacramento.id()))
			.update();
		String admin = tokenFor(Role.ADMIN);
		long exchange = exchange(admin, suffix);
		// Two sessions of one slot each, 15:00–15:20 in Jinan: 20 October and 10
		// December.
		long october = session(exchange, "October desk " + suffix, "2026-10-20", admin);
		long december = session(exchange, "December desk " + suffix, "2026-12-10", admin);

		try (BrowserContext vantaaBrowser = browser.newContext();
				BrowserContext coventryBrowser = browser.newContext();
				BrowserContext adminBrowser = browser.newContext()) {
			Page v = signIn(vantaaBrowser, vantaa.username(), vantaa.password());

			// Suggestions with their reasons, in both languages.
			v.navigate(baseUrl() + "/matchmaking/suggestions?lang=en");
			Locator suggestion = v.locator("#suggestion-" + coventry.id());
			assertThat(suggestion).containsText(coventry.name());
			assertThat(suggestion.locator(".reasons")).containsText("sells HS 0902, which you seek");
			v.locator("#lang-zh").click();
			assertThat(v.locator("h1")).hasText("推荐的合作伙伴");
			assertThat(v.locator("#suggestion-" + coventry.id() + " .reasons")).containsText("HS 0902");
			v.locator("#lang-en").click();

			// Coventry joins by the API; Vantaa joins on the page and asks for a meeting.
			join(coventry, october, "2026-10-20");
			v.navigate(baseUrl() + "/matchmaking/sessions/" + october);
			v.locator("#s-from-0").fill("2026-10-20T15:00");
			v.locator("#s-to-0").fill("2026-10-20T15:20");
			v.locator("#join").click();
			assertThat(v.locator("#participants")).containsText(vantaa.name());
			v.locator("#participants li", new Page.LocatorOptions().setHasText(coventry.name()))
				.locator("button")
				.click();
			Locator sent = v.locator("#requests tbody tr", new Page.LocatorOptions().setHasText(coventry.name()));
			assertThat(sent).containsText("Requested");
			v.navigate(baseUrl() + "/matchmaking/sessions/" + october + "?lang=zh");
			assertThat(v.locator("h2", new Page.LocatorOptions().setHasText("参会企业"))).isVisible();
			assertThat(v.locator("#requests tbody tr", new Page.LocatorOptions().setHasText(coventry.name())))
				.containsText("已邀请");
			v.navigate(baseUrl() + "/matchmaking/sessions/" + october + "?lang=en");

			// Coventry accepts on its page.
			Page c = signIn(coventryBrowser, coventry.username(), coventry.password());
			c.navigate(baseUrl() + "/matchmaking/sessions/" + october);
			Locator received = c.locator("#requests tbody tr", new Page.LocatorOptions().setHasText(vantaa.name()));
			received.locator("button", new Locator.LocatorOptions().setHasText("Accept")).click();
			assertThat(c.locator("#requests tbody tr", new Page.LocatorOptions().setHasText(vantaa.name())))
				.containsText("Accepted");

			// The rest by the API: Sacramento meets Jinan in October; in December
			// Vantaa meets Sacramento and Coventry meets Jinan.
			join(sacramento, october, "2026-10-20");
			join(jinan, october, "2026-10-20");
			meet(sacramento, jinan, october);
			for (Company company : new Company[] { vantaa, coventry, sacramento, jinan }) {
				join(company, december, "2026-12-10");
			}
			meet(vantaa, sacramento, december);
			meet(coventry, jinan, december);
			for (long session : new long[] { october, december }) {
				Response report = api().post(MM + "/sessions/" + session + "/schedule", null, admin);
				assertThat(report.status()).as(report.toString()).isEqualTo(200);
				assertThat(report.json().get("placed").asInt()).isEqualTo(2);
			}

			// 15:00 in Jinan on 20 October: 10:00 in Vantaa, 08:00 in Coventry, 00:00 in
			// Sacramento.
			v.navigate(baseUrl() + "/matchmaking/sessions/" + october);
			v.locator("#agenda-link").click();
			Locator row = v.locator("#agenda tbody tr");
			assertThat(row).hasCount(1);
			assertThat(row.locator("th")).hasText("2026-10-20 10:00 – 10:20");
			assertThat(row).containsText(coventry.name());
			assertThat(row).containsText("2026-10-20 08:00 (London Time)");
			Download download = v.waitForDownload(() -> v.locator("#agenda-ics").click());
			String ics = Files.readString(download.path());
			assertThat(ics).contains("BEGIN:VCALENDAR")
				.contains("DTSTART:20261020T070000Z")
				.contains("DTEND:20261020T072000Z")
				.contains("Meeting: " + coventry.name());
			v.navigate(baseUrl() + "/matchmaking/sessions/" + october + "/agenda?lang=zh");
			assertThat(v.locator("h1")).containsText("日程");
			assertThat(v.locator("#agenda thead")).containsText("您的时间");
			assertThat(v.locator("#agenda tbody th")).hasText("2026-10-20 10:00 – 10:20");

			Page a = signIn(adminBrowser, "admin", ADMIN_PASSWORD);
			Map<String, String> expected = new HashMap<>();
			expected.put(october + "/" + jinan.id(), "2026-10-20 15:00");
			expected.put(october + "/" + coventry.id(), "2026-10-20 08:00");
			expected.put(october + "/" + sacramento.id(), "2026-10-20 00:00");
			// 10 December, winter time: 09:00 in Vantaa, 07:00 in Coventry, 23:00 the day
			// before in Sacramento.
			expected.put(december + "/" + vantaa.id(), "2026-12-10 09:00");
			expected.put(december + "/" + coventry.id(), "2026-12-10 07:00");
			expected.put(december + "/" + sacramento.id(), "2026-12-09 23:00");
			expected.put(december + "/" + jinan.id(), "2026-12-10 15:00");
			for (var entry : expected.entrySet()) {
				String[] key = entry.getKey().split("/");
				for (String lang : new String[] { "en", "zh" }) {
					a.navigate(baseUrl() + "/matchmaking/sessions/" + key[0] + "/agenda?company=" + key[1] + "&lang="
							+ lang);
					assertThat(a.locator("#agenda tbody th"))
						.hasText(java.util.regex.Pattern.compile("^" + entry.getValue() + " – "));
				}
			}
			a.navigate(baseUrl() + "/matchmaking/sessions/" + december + "/agenda?company=" + sacramento.id()
					+ "&lang=en");
			assertThat(a.locator("#agenda tbody tr")).containsText("2026-12-10 09:00 (Eastern European Time)");

			// The office's pages in both languages, with the scheduler's report.
			a.navigate(baseUrl() + "/matchmaking/office/sessions/" + december + "?lang=en");
			a.locator("#run-scheduler").click();
			assertThat(a.locator("#r-placed")).hasText("2");
			assertThat(a.locator("#r-moved")).hasText("0");
			a.navigate(baseUrl() + "/matchmaking/office/sessions/" + december + "/metrics?lang=zh");
			assertThat(a.locator("#m-scheduled")).hasText("2");
			assertThat(a.locator("h1")).containsText("指标");
			a.navigate(baseUrl() + "/matchmaking/office?lang=zh");
			assertThat(a.locator("h1")).hasText("对接洽谈办公室");
			a.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "mm-office-zh.png"))
				.setFullPage(true));

			// A refused form says why in the reader's language, and what to do.
			a.locator("#b-a").selectOption(String.valueOf(vantaa.id()));
			a.locator("#b-b").selectOption(String.valueOf(vantaa.id()));
			a.locator("#block").click();
			assertThat(a.locator("#form-error")).containsText("另一家企业：须与第一家企业不同");
			a.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "mm-refused-zh.png"))
				.setFullPage(true));
		}
	}

	@Test
	void theBuyerAttachesAFileThatOnlyAnInvitedSupplierDownloads() throws IOException {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Company buyer = company("rfq-buyer", "fi-vantaa", "Vantaa Tin Buyers " + suffix,
				"\"buysHs\": [\"7310\"], \"seeks\": [\"SUPPLIER\"], \"languages\": [\"fi\", \"en\"]");
		Company supplier = company("rfq-supplier", "cn-jinan", "Jinan Tin Works " + suffix,
				"\"sellsHs\": [\"731021\"], \"offers\": [\"SUPPLIER\"], \"languages\": [\"zh\", \"en\"]");
		Company stranger = company("rfq-stranger", "gb-coventry", "Coventry Cans " + suffix,
				"\"sellsHs\": [\"731021\"], \"offers\": [\"SUPPLIER\"], \"languages\": [\"en\"]");
		Response rfq = api().post(MM + "/rfqs", """
				{"product": "Tea tins %s", "hsCode": "7310", "quantity": 5000, "unit": "pcs", "incoterm": "FOB",
				 "destination": "FI", "deadline": "%s"}""".formatted(suffix, java.time.LocalDate.now().plusDays(20)),
				buyer.token());
		assertThat(rfq.status()).as(rfq.toString()).isEqualTo(201);
		String path = "/matchmaking/rfqs/" + rfq.json().get("id").asLong();
		byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		Path dir = Files.createTempDirectory("rfq-files");
		Path spec = Files.write(dir.resolve("tin spec.pdf"), pdf);
		Path disguised = Files.writeString(dir.resolve("drawing.png"),
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
		assertThat(api()
			.post(MM + "/rfqs/" + rfq.json().get("id").asLong() + "/invitations",
					"{\"companyId\":" + supplier.id() + "}", buyer.token())
			.status()).isEqualTo(204);

		try (BrowserContext buyerBrowser = browser.newContext();
				BrowserContext supplierBrowser = browser.newContext();
				BrowserContext strangerBrowser = browser.newContext()) {
			Page b = signIn(buyerBrowser, buyer.username(), buyer.password());
			b.navigate(baseUrl() + path + "?lang=en");
			b.locator("#attach-file").setInputFiles(disguised);
			b.locator("#attach-send").click();
			assertThat(b.locator("#form-error")).containsText("must be a PDF, PNG, JPEG or DOCX file");
			b.locator("#attach-file").setInputFiles(spec);
			b.locator("#attach-send").click();
			assertThat(b.locator("#attachments")).containsText("tin spec.pdf");
			assertThat(b.locator("#rfq-status")).hasText("Open for quotes");
			b.navigate(baseUrl() + path + "?lang=zh");
			assertThat(b.locator("#rfq-status")).hasText("接受报价中");
			assertThat(b.locator("h2", new Page.LocatorOptions().setHasText("附件"))).isVisible();
			assertThat(b.locator("#attach-send")).hasText("添加附件");

			Page s = signIn(supplierBrowser, supplier.username(), supplier.password());
			s.navigate(baseUrl() + path + "?lang=en");
			Download download = s.waitForDownload(() -> s.locator("#attachments a").click());
			assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
			assertThat(s.locator("#attach-form")).hasCount(0);

			Page x = signIn(strangerBrowser, stranger.username(), stranger.password());
			x.navigate(baseUrl() + path + "?lang=en");
			assertThat(x.locator("h1")).containsText("Tea tins");
			assertThat(x.locator("#attachments")).hasCount(0);
			assertThat(x.locator("#quote-form")).isVisible();
		}
	}

	@Test
	void anRfqIsPostedQuotedAndAcceptedAfterSeeingTheTotalEachStepSaid() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Company buyer = company("accept-buyer", "fi-vantaa", "Vantaa Tea Importers " + suffix,
				"\"buysHs\": [\"0902\"], \"seeks\": [\"SUPPLIER\"], \"languages\": [\"fi\", \"en\"]");
		Company supplier = company("accept-supplier", "cn-jinan", "Jinan Tea Growers " + suffix,
				"\"sellsHs\": [\"0902\"], \"offers\": [\"SUPPLIER\"], \"languages\": [\"zh\", \"en\"]");
		String product = "Rizhao green tea " + suffix;
		List<String> problems = new ArrayList<>();
		try (BrowserContext buyerBrowser = browser.newContext(); BrowserContext supplierBrowser = browser.newContext()) {
			Page b = signIn(buyerBrowser, buyer.username(), buyer.password());
			b.onConsoleMessage(m -> collectError(m.type(), m.text(), problems));
			b.navigate(baseUrl() + "/matchmaking/rfqs?lang=en");
			b.locator("#r-product").fill(product);
			b.locator("#r-hs").fill("090210");
			b.locator("#r-qty").fill("500");
			b.locator("#r-cur").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Euro (EUR)"));
			b.locator("#r-dest").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Finland"));
			b.locator("#r-deadline").fill(java.time.LocalDate.now().plusDays(30).toString());
			b.locator("#rfq-post").click();
			assertThat(b.locator("#form-done")).containsText("is posted");
			b.locator("#rfqs a", new Page.LocatorOptions().setHasText(product)).click();
			String rfqUrl = b.url();

			Page s = signIn(supplierBrowser, supplier.username(), supplier.password());
			s.onConsoleMessage(m -> collectError(m.type(), m.text(), problems));
			s.navigate(rfqUrl + "?lang=zh");
			s.locator("#q-amount").fill("9.40");
			s.locator("#q-cur").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("欧元 (EUR)"));
			s.locator("#q-moq").fill("100");
			s.locator("#q-lead").fill("30");
			s.locator("#q-valid").fill(java.time.LocalDate.now().plusDays(20).toString());
			s.locator("#quote-send").click();
			assertThat(s.locator("#form-done")).hasText("您的报价（单价 9.40 EUR）已发送给采购方。");
			assertNoRawCodes(s);

			b.navigate(rfqUrl + "?lang=zh");
			b.locator("#quotes a", new Page.LocatorOptions().setHasText("接受")).click();
			assertThat(b.locator("h1")).hasText("接受此报价？");
			assertThat(b.locator("#accept-total")).hasText("4,700.00 EUR");
			b.navigate(b.url() + "&lang=en");
			assertThat(b.locator("#accept-confirm")).hasText("Accept and order for 4,700.00 EUR");
			b.locator("#accept-confirm").click();
			assertThat(b.locator("#form-done")).containsText("Quote accepted");
			assertThat(b.locator("#rfq-status")).hasText("Awarded");
			assertNoRawCodes(b);
		}
		assertThat(problems).as("console errors").isEmpty();
	}

	private static void collectError(String type, String text, List<String> problems) {
		if ("error".equals(type)) {
			problems.add(text);
		}
	}

	private static void assertNoRawCodes(Page page) {
		assertThat(page.locator("main").innerText())
			.doesNotContainPattern("\\b(OPEN|AWARDED|CLOSED|SUBMITTED|ACCEPTED|NOT_SELECTED)\\b");
	}

	private Page signIn(BrowserContext context, String username, String password) {
		Page page = context.newPage();
		page.navigate(baseUrl() + "/login?lang=en");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#login-submit").click();
		assertThat(page.locator("#current-user")).isVisible();
		return page;
	}


	private long exchange(String admin, String suffix) {
		Response exchange = api().post("/api/v1/exchanges", """
				{"kind":"CONFERENCE_ONLINE","title":{"en":"Online trade talks %s"},"start":"2026-10-20T15:00",
				 "timeZone":"Asia/Shanghai","isPublic":false,"participants":[{"place":"cn-jinan"},{"place":"fi-vantaa"},
				 {"place":"gb-coventry"},{"place":"us-sacramento"}]}""".formatted(suffix), admin);
		assertThat(exchange.status()).as(exchange.toString()).isEqualTo(201);
		return exchange.json().get("id").asLong();
	}

	private long session(long exchange, String name, String date, String admin) {
		Response session = api().post(MM + "/sessions",
				"""
						{"exchangeId": %d, "name": "%s", "timeZone": "Asia/Shanghai",
						 "days": [{"date": "%s", "start": "15:00", "end": "15:20"}], "slotMinutes": 20, "breakMinutes": 0,
						 "requestMode": "APPROVAL", "maxMeetingsPerParticipant": 4, "rooms": [{"name": "Room A", "capacity": 2}]}"""
					.formatted(exchange, name, date),
				admin);
		assertThat(session.status()).as(session.toString()).isEqualTo(201);
		return session.json().get("id").asLong();
	}

	private void join(Company company, long session, String date) {
		Response joined = api().put(MM + "/sessions/" + session + "/participants/me", """
				{"availability": [{"from": "%sT15:00", "to": "%sT15:20"}]}""".formatted(date, date), company.token());
		assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
	}


}

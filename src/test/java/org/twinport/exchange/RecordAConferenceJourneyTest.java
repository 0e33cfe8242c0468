package org.twinport.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.twinport.identity.Role;
import org.twinport.support.BrowserTest;
import org.twinport.support.JourneyWatch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16's journey "staff record a conference and export it", walked in Chromium as a
 * person would: sign in, open the office's area from the menu, record an online
 * conference of Jinan with Vantaa and Coventry picked by name, the start in the
 * date-time picker and the zone from the list; a first save with the end before the
 * start is refused in words and keeps everything typed; the second is saved, appears in
 * the list and in the calendar at each partner's local time, and is exported for
 * calendars and as a twinport-exchanges document.
 */
class RecordAConferenceJourneyTest extends BrowserTest {

	/** What a reader of each language sees. */
	private record Words(String kind, String participant, String organizer, String jinan, String vantaa,
			String coventry, String zone, String endLabel, String endBeforeStart, String saved) {
	}

	private static final Map<String, Words> WORDS = Map.of("en",
			new Words("Online conference", "Participant", "Organizer", "Jinan (China)", "Vantaa (Finland)",
					"Coventry (United Kingdom)", "UTC+08:00 China Time (Shanghai)", "End", "must not be before the start",
					"Saved."),
			"zh", new Words("线上会议", "参与方", "主办方", "济南 (中国)", "万塔 (芬兰)", "考文垂 (英国)", "UTC+08:00 中国时间 (Shanghai)", "结束",
					"不能早于开始时间", "已保存。"));

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void staffRecordAnOnlineConferenceWithTwoPartnerCitiesAndExportIt(String lang) throws IOException {
		Words words = WORDS.get(lang);
		String title = "Twin cities online forum " + lang + " " + UUID.randomUUID().toString().substring(0, 6);
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			JourneyWatch watch = JourneyWatch.on(page);

			page.navigate(baseUrl() + "/login?lang=" + lang);
			page.locator("#username").fill(usernameFor(Role.ADMIN));
			page.locator("#password").fill(passwordFor(Role.ADMIN));
			page.locator("#login-submit").click();
			watch.check();
			page.locator("#nav-manage").click();
			watch.check();
			page.locator("a[href='/manage/exchanges']").click();
			watch.check();
			page.locator("#new-record").click();
			watch.check();

			// The zone starts as the home city's.
			assertThat(page.locator("#f-timeZone")).hasValue(homeTimeZone());
			page.locator("#f-kind").selectOption(new SelectOption().setLabel(words.kind()));
			page.locator("[id='f-title.en']").fill(title);
			page.locator("[id='f-title.zh']").fill("友城线上论坛 " + title);
			page.locator("#f-start").fill("2027-03-25T15:00");
			page.locator("#f-end").fill("2027-03-25T13:00");
			page.locator("#f-timeZone").selectOption(new SelectOption().setLabel(words.zone()));
			pick(page, 0, "role", words.organizer());
			pick(page, 0, "place", words.jinan());
			pick(page, 1, "role", words.participant());
			pick(page, 1, "place", words.vantaa());
			pick(page, 2, "role", words.participant());
			pick(page, 2, "place", words.coventry());

			// The end before the start: refused, said in words beside the field and in the
			// summary, and nothing typed is lost.
			watch.expectRefusal(() -> page.locator("#save").click());
			Locator summary = page.locator("#form-errors");
			assertThat(summary).containsText(words.endLabel() + ": " + words.endBeforeStart());
			assertThat(summary).not().containsText("end:");
			assertThat(page.locator("#e-end")).hasText(words.endBeforeStart());
			assertThat(page.locator("[id='f-title.en']")).hasValue(title);
			assertThat(page.locator("#f-start")).hasValue("2027-03-25T15:00");
			assertThat(page.locator("#f-end")).hasValue("2027-03-25T13:00");
			assertThat(page.locator("#f-timeZone")).hasValue("Asia/Shanghai");
			assertThat(page.locator("#f-kind")).hasValue("CONFERENCE_ONLINE");
			assertThat(page.locator("[id='f-participants[1].place']")).hasValue("fi-vantaa");
			assertThat(page.locator("[id='f-participants[2].place']")).hasValue("gb-coventry");
			assertThat(page.locator("[id='f-participants[0].role']")).hasValue("ORGANIZER");
			watch.check();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "record-conference-refused-" + lang + ".png")));

			page.locator("#f-end").fill("2027-03-25T17:00");
			page.locator("#save").click();
			assertThat(page.locator(".notice")).hasText(words.saved());
			watch.check();

			// In the office's list and in the calendar, at each partner's local time
			// (25 March 2027, before Europe's summer time).
			page.locator("a[href='/manage/exchanges']").first().click();
			assertThat(page.locator("table.directory")).containsText(title);
			watch.check();
			page.locator("table.directory tr", new Page.LocatorOptions().setHasText(title)).locator("a").click();
			page.locator("#exchange-calendar").click();
			Locator entry = page.locator("article.calendar-entry", new Page.LocatorOptions().setHasText(title));
			assertThat(entry.locator(".local-times")).containsText("zh".equals(lang) ? "东欧时间" : "Eastern European Time");
			assertThat(entry.locator(".local-times")).containsText("2027-03-25 09:00");
			assertThat(entry.locator(".local-times")).containsText("2027-03-25 07:00");
			watch.check();
			entry.scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "record-conference-calendar-" + lang + ".png")));

			// Exported: for calendars, and with every record as a twinport-exchanges
			// document.
			page.goBack();
			Download ics = page.waitForDownload(() -> page.locator("#exchange-ics").click());
			assertThat(Files.readString(ics.path())).contains("BEGIN:VCALENDAR", "DTSTART:20270325T070000Z",
					"DTEND:20270325T090000Z", title);
			page.locator("a[href='/manage/exchanges']").first().click();
			Download export = page.waitForDownload(() -> page.locator("#export-records").click());
			assertThat(export.suggestedFilename()).isEqualTo("twinport-exchanges.json");
			String document = Files.readString(export.path());
			assertThat(document).contains("\"format\":\"twinport-exchanges/1\"", title, "\"start\":\"2027-03-25T15:00\"",
					"\"end\":\"2027-03-25T17:00\"", "\"timeZone\":\"Asia/Shanghai\"", "\"place\":\"fi-vantaa\"",
					"\"place\":\"gb-coventry\"");
			watch.assertClean();
		}
		finally {
			// Leave the calendar and the exports as other tests expect them.
			jdbc.sql("select id from exchange.exchange where title ->> 'en' = :title")
				.param("title", title)
				.query(Long.class)
				.list()
				.forEach(id -> api().post("/api/v1/exchanges/" + id + "/archive", null, tokenFor(Role.ADMIN)));
		}
	}

	private static void pick(Page page, int row, String field, String label) {
		page.locator("[id='f-participants[" + row + "]." + field + "']")
			.selectOption(new SelectOption().setLabel(label));
	}

	private String homeTimeZone() {
		return jdbc.sql("select time_zone from network.place where is_home order by parent_id is not null, id limit 1")
			.query(String.class)
			.single();
	}

}

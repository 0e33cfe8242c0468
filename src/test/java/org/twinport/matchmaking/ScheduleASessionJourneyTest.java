package org.twinport.matchmaking;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.matchmaking.TestCompanies.Company;
import org.twinport.support.BrowserTest;
import org.twinport.support.JourneyWatch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey "staff schedule a matchmaking session", walked by clicking as a person
 * would, in English and in Chinese: the office opens its matchmaking page from the menu,
 * creates a session for an upcoming exchange (the exchange from a list, the zone from a
 * list of names, the day from date and time pickers; a first attempt with the day ending
 * before it starts comes back with everything typed and the refusal in the reader's
 * words), adds four companies by name, blocks a pair by name, runs the scheduler, reads
 * the kept report and the master grid; then a company reads its agenda, the other side's
 * time named by its zone rather than an IANA id.
 */
class ScheduleASessionJourneyTest extends BrowserTest {

	private static final String MM = "/api/v1/matchmaking";


	private Company company(String key, String place, String name, String facets) {
		return new TestCompanies(api(), accounts).company(key, place, name, facets);
	}

	private void meet(Company from, Company to, long session) {
		new TestCompanies(api(), accounts).meet(from, to, session);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void staffScheduleASessionAndACompanyReadsItsAgenda(String lang) {
		boolean zh = lang.equals("zh");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Company jinan = company("jinan", "cn-jinan", "Jinan Spring Tea " + suffix,
				"\"sellsHs\": [\"0902\"], \"offers\": [\"SUPPLIER\"]");
		Company vantaa = company("vantaa", "fi-vantaa", "Vantaa Tea House " + suffix,
				"\"buysHs\": [\"0902\"], \"seeks\": [\"SUPPLIER\"]");
		Company coventry = company("coventry", "gb-coventry", "Coventry Leaf Traders " + suffix,
				"\"buysHs\": [\"0902\"], \"seeks\": [\"SUPPLIER\"]");
		Company sacramento = company("sacramento", "us-sacramento", "Sacramento Imports " + suffix,
				"\"buysHs\": [\"0902\"], \"seeks\": [\"SUPPLIER\"]");
		// Online: each company takes the meetings at any hour of its own day (the scheduler
		// otherwise keeps to 08:00-18:00 local, see WorkingHoursSchedulingTest).
		jdbc.sql("update matchmaking.company set work_starts = '00:00', work_ends = '23:59' where id in (:ids)")
			.param("ids", List.of(jinan.id(), vantaa.id(), coventry.id(), sacramento.id()))
			.update();
		LocalDate day = LocalDate.now().plusDays(40);
		String title = "Online tea talks " + suffix;
		Response exchange = api().post("/api/v1/exchanges", """
				{"kind":"CONFERENCE_ONLINE","title":{"en":"%s"},"start":"%sT15:00","timeZone":"Asia/Shanghai",
				 "isPublic":false,"participants":[{"place":"cn-jinan"},{"place":"fi-vantaa"},{"place":"gb-coventry"},
				 {"place":"us-sacramento"}]}""".formatted(title, day), tokenFor(Role.ADMIN));
		assertThat(exchange.status()).as(exchange.toString()).isEqualTo(201);
		String sessionName = (zh ? "线上洽谈 " : "Tea desk ") + suffix;

		try (BrowserContext staffBrowser = browser.newContext(); BrowserContext companyBrowser = browser.newContext()) {
			Page staff = signIn(staffBrowser, "admin", ADMIN_PASSWORD, lang);
			JourneyWatch watch = JourneyWatch.on(staff);

			// From the menu to the office's page.
			staff.locator("#site-nav a[href='/matchmaking']").click();
			watch.check();
			staff.locator("#nav-office").click();
			assertThat(staff.locator("h1")).hasText(zh ? "对接洽谈办公室" : "Matchmaking office");
			watch.check();

			// The exchange picked from the list; the zone follows it.
			Locator exchangeOption = staff.locator("#o-exchange option", new Page.LocatorOptions().setHasText(title));
			staff.locator("#o-exchange").selectOption(new SelectOption().setLabel(exchangeOption.textContent()));
			assertThat(staff.locator("#o-zone")).hasValue("Asia/Shanghai");
			staff.locator("#o-name").fill(sessionName);
			String shanghai = staff.locator("#o-zone option[value='Asia/Shanghai']").textContent();
			assertThat(shanghai).as("the zone named in the reader's language")
				.contains(zh ? "中国时间" : "China Time")
				.doesNotContain("Asia/");
			staff.locator("#o-zone").selectOption(new SelectOption().setLabel(shanghai));
			// First the day ends before it starts: refused in words, nothing typed lost.
			staff.locator("#o-day-0").fill(day.toString());
			staff.locator("#o-from-0").fill("15:00");
			staff.locator("#o-to-0").fill("14:00");
			staff.locator("#o-slot").fill("20");
			staff.locator("#o-break").fill("0");
			staff.locator("#o-max").fill("4");
			staff.locator("#o-rooms").fill("Table 1: 2");
			staff.locator("#session-create").click();
			assertThat(staff.locator("#form-error"))
				.hasText(zh ? "未保存：第 1 天结束时间：须晚于开始时间" : "Not saved: Day 1, end: must be after start");
			watch.check();
			assertThat(staff.locator("#o-name")).hasValue(sessionName);
			assertThat(staff.locator("#o-zone")).hasValue("Asia/Shanghai");
			assertThat(staff.locator("#o-day-0")).hasValue(day.toString());
			assertThat(staff.locator("#o-from-0")).hasValue("15:00");
			assertThat(staff.locator("#o-max")).hasValue("4");
			assertThat(staff.locator("#o-rooms")).hasValue("Table 1: 2");
			staff.locator("#o-to-0").fill("16:00");
			staff.locator("#session-create").click();
			assertThat(staff.locator("h1")).hasText(sessionName);
			assertThat(staff.locator("main")).containsText(zh ? "时区: 中国时间" : "Time zone: China Time");
			assertThat(staff.locator("main")).containsText(title);
			watch.check();

			// The four companies added by name, the whole session each.
			for (Company company : List.of(jinan, vantaa, coventry, sacramento)) {
				Locator option = staff.locator("#e-company option",
						new Page.LocatorOptions().setHasText(company.name()));
				staff.locator("#e-company").selectOption(new SelectOption().setLabel(option.textContent()));
				staff.locator("#enrol").click();
				assertThat(staff.locator("#enrolled")).isVisible();
			}
			Locator participants = staff.locator("#office-participants tbody tr");
			assertThat(participants).hasCount(4);
			assertThat(staff.locator("#office-participants")).containsText(zh ? "北美太平洋时间" : "Pacific Time");
			assertThat(staff.locator("#office-participants")).not().containsText("America/Los_Angeles");
			assertThat(staff.locator("#office-participants")).not().containsText("#" + jinan.id());
			watch.check();
			String sessionPage = staff.url();
			long session = Long.parseLong(sessionPage.replaceAll(".*/sessions/(\\d+).*", "$1"));

			// Coventry and Sacramento are not to meet: blocked by name on the office's page.
			staff.locator("#nav-office").click();
			pick(staff, "#b-a", coventry.name());
			pick(staff, "#b-b", sacramento.name());
			staff.locator("#block").click();
			Locator blocked = staff.locator("#blocked-pairs tbody tr",
					new Page.LocatorOptions().setHasText(coventry.name()));
			assertThat(blocked).containsText(sacramento.name());
			assertThat(blocked).not().containsText("#" + coventry.id());
			watch.check();

			// The companies ask for meetings (set up through the API): the blocked pair cannot.
			assertThat(api()
				.post(MM + "/sessions/" + session + "/requests", "{\"toCompanyId\":" + sacramento.id() + "}",
						coventry.token())
				.status()).as("a blocked pair cannot request").isEqualTo(400);
			meet(jinan, vantaa, session);
			meet(jinan, coventry, session);
			meet(sacramento, jinan, session);
			meet(vantaa, coventry, session);

			// The scheduler from the session's page; its report stays on reload.
			staff.navigate(sessionPage);
			staff.locator("#run-scheduler").click();
			assertThat(staff.locator("#r-placed")).hasText("4");
			assertThat(staff.locator("#r-accepted")).hasText("4");
			assertThat(staff.locator("#r-solver")).not().containsText("OPTIMAL");
			staff.reload();
			assertThat(staff.locator("#r-placed")).hasText("4");
			assertThat(staff.locator("#office-meetings tbody tr")).hasCount(4);
			watch.check();
			staff.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "journey-schedule-session-" + lang + ".png"))
				.setFullPage(true));

			// The master grid: a row per company, each meeting under its slot.
			staff.locator("#grid-link").click();
			assertThat(staff.locator("h1")).containsText(sessionName);
			assertThat(staff.locator("#master-grid thead th")).hasCount(1 + 3);
			Locator jinanRow = staff.locator("#master-grid tbody tr")
				.filter(new Locator.FilterOptions()
					.setHas(staff.locator("th", new Page.LocatorOptions().setHasText(jinan.name()))));
			assertThat(jinanRow).containsText(vantaa.name());
			assertThat(jinanRow).containsText(coventry.name());
			assertThat(jinanRow).containsText(sacramento.name());
			assertThat(staff.locator("main")).containsText(zh ? "中国时间" : "China Time");
			watch.check();
			staff.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "journey-schedule-grid-" + lang + ".png"))
				.setFullPage(true));
			watch.assertClean();

			// Vantaa reads its agenda: its own times, and Jinan's named by Jinan's zone.
			Page company = signIn(companyBrowser, vantaa.username(), vantaa.password(), lang);
			JourneyWatch companyWatch = JourneyWatch.on(company);
			company.locator("#site-nav a[href='/matchmaking']").click();
			company.locator("#sessions a", new Page.LocatorOptions().setHasText(sessionName)).click();
			companyWatch.check();
			company.locator("#agenda-link").click();
			Locator agenda = company.locator("#agenda tbody tr");
			assertThat(agenda).hasCount(2);
			Locator withJinan = company.locator("#agenda tbody tr", new Page.LocatorOptions().setHasText(jinan.name()));
			assertThat(withJinan).containsText(zh ? "（中国时间）" : "(China Time)");
			assertThat(company.locator("#agenda")).not().containsText("Asia/");
			assertThat(company.locator("#agenda")).not().containsText("Europe/");
			company.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "journey-schedule-agenda-" + lang + ".png"))
				.setFullPage(true));
			// Its profile names its city, markets and languages instead of codes.
			company.locator("#nav-profile").click();
			assertThat(company.locator("#p-place option[selected]")).containsText(zh ? "万塔" : "Vantaa");
			assertThat(company.locator("#p-buysHs input[value='0902']")).isChecked();
			assertThat(company.locator("#p-buysHs")).containsText(zh ? "咖啡、茶" : "Coffee, tea");
			assertThat(company.locator("#p-languages")).containsText(zh ? "芬兰语" : "Finnish");
			company.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "journey-schedule-profile-" + lang + ".png"))
				.setFullPage(true));
			companyWatch.assertClean();
		}
	}

	private static void pick(Page page, String select, String name) {
		Locator option = page.locator(select + " option", new Page.LocatorOptions().setHasText(name));
		page.locator(select).selectOption(new SelectOption().setLabel(option.textContent()));
	}

	private Page signIn(BrowserContext context, String username, String password, String lang) {
		Page page = context.newPage();
		page.navigate(baseUrl() + "/login?lang=" + lang);
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#login-submit").click();
		assertThat(page.locator("#current-user")).isVisible();
		return page;
	}



}

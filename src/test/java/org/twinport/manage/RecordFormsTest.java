package org.twinport.manage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.Browser;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record forms under {@code /manage} over HTTP with CSRF, as staff and as a partner
 * office: what is saved, the errors shown beside their fields, and that a refused form
 * leaves nothing behind. Records made here are archived again, so the demo network's
 * counts that other tests check stay as they were.
 */
class RecordFormsTest extends IntegrationTest {

	@Test
	void staffCreateEditAndArchiveAPartnership() {
		WebSession admin = session(Role.ADMIN);
		long before = count("network.partnership");
		var bad = admin.postForm("/manage/partnerships", form("home", "cn-jinan", "partner", "fi-vantaa", "kind",
				"EXCHANGE_MEMORANDUM", "status", "ACTIVE", "established", "2001-13"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"e-established\"", "must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
				"aria-invalid=\"true\"", "value=\"2001-13\"", "Nothing was saved");
		assertThat(count("network.partnership")).isEqualTo(before);

		var created = admin.postForm("/manage/partnerships",
				form("home", "cn-jinan", "partner", "fi-vantaa", "kind", "EXCHANGE_MEMORANDUM", "status", "PROPOSED",
						"established", "2025-04", "fieldsOfCooperation", "education, sport", "notes",
						"Made by the form test"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/network/partners/fi-vantaa");
		long id = jdbc.sql("select id from network.partnership where notes = 'Made by the form test'")
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("select established_precision from network.partnership where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("MONTH");

		var edit = admin.get("/manage/partnerships/" + id + "/edit?lang=en");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("value=\"2025-04\"", "value=\"education, sport\"", "name=\"home\"");
		var changed = admin.postForm("/manage/partnerships/" + id,
				form("home", "cn-jinan", "partner", "fi-vantaa", "kind", "EXCHANGE_MEMORANDUM", "status", "ACTIVE",
						"established", "2025-04-02", "notes", "Made by the form test"));
		assertThat(changed.statusCode()).isEqualTo(302);

		var history = admin.get("/manage/audit?entity=partnership&id=" + id + "&lang=en");
		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(history.body())
			.contains("<strong>International Office</strong> changed the partnership with <a href=\"/manage/partnerships/"
					+ id + "/edit\">Vantaa</a> on ")
			.contains("Status: from “<del>Proposed</del>” to “<ins>Active</ins>”",
					"Established: from “<del>April 2025</del>” to “<ins>April 2, 2025</ins>”",
					"Fields of cooperation: removed <del>education, sport</del>", "Kind: <ins>Exchange memorandum</ins>");
		assertThat(admin.get("/manage/audit?entity=partnership&id=" + id + "&lang=zh-CN").body()).contains("修改历史",
				"修改了与<a href=\"/manage/partnerships/" + id + "/edit\">万塔</a>的友好关系",
				"状态：从“<del>拟议</del>”改为“<ins>活跃</ins>”", "建立时间：从“<del>2025年4月</del>”改为“<ins>2025年4月2日</ins>”",
				"类型：<ins>交流备忘录</ins>");

		assertThat(admin.postForm("/manage/partnerships/" + id + "/archive", "").statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select archived from network.partnership where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
		// DemoDataTest counts every partnership row, archived or not: leave none behind.
		jdbc.sql("delete from network.partnership where id = :id").param("id", id).update();
	}

	@Test
	void aPartnerOfficeEditsItsOwnTieOnly() {
		WebSession office = session(Role.PARTNER_OFFICE);
		long coventry = partnershipOf("gb-coventry");
		var page = office.get("/network/partners/gb-coventry?lang=en");
		assertThat(page.body()).contains("/manage/partnerships/" + coventry + "/edit",
				"/manage/contacts/new?place=gb-coventry");
		assertThat(office.get("/network/partners/fi-vantaa?lang=en").body()).doesNotContain("/manage/partnerships/");

		var edit = office.get("/manage/partnerships/" + coventry + "/edit?lang=en");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).doesNotContain("name=\"home\"", "name=\"kind\"").contains("name=\"status\"");
		String notes = jdbc.sql("select coalesce(notes, '') from network.partnership where id = :id")
			.param("id", coventry)
			.query(String.class)
			.single();
		var saved = office.postForm("/manage/partnerships/" + coventry,
				form("status", "ACTIVE", "fieldsOfCooperation", "culture, education", "notes", notes));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(
				jdbc.sql("select array_to_string(fields_of_cooperation, ',') from network.partnership where id = :id")
					.param("id", coventry)
					.query(String.class)
					.single())
			.isEqualTo("culture,education");
		// Staff-only fields smuggled into an office's form are not passed on.
		String kind = jdbc.sql("select kind from network.partnership where id = :id")
			.param("id", coventry)
			.query(String.class)
			.single();
		office.postForm("/manage/partnerships/" + coventry, form("status", "ACTIVE", "kind", "EXCHANGE_MEMORANDUM",
				"fieldsOfCooperation", "culture, education", "notes", notes));
		assertThat(jdbc.sql("select kind from network.partnership where id = :id")
			.param("id", coventry)
			.query(String.class)
			.single()).isEqualTo(kind);

		long vantaa = partnershipOf("fi-vantaa");
		assertThat(office.get("/manage/partnerships/" + vantaa + "/edit").statusCode()).isEqualTo(404);
		assertThat(office.postForm("/manage/partnerships/" + vantaa, form("status", "ENDED")).statusCode())
			.isEqualTo(404);
		assertThat(jdbc.sql("select status from network.partnership where id = :id")
			.param("id", vantaa)
			.query(String.class)
			.single()).isNotEqualTo("ENDED");
	}

	@Test
	void exchangesWithParticipantsAndTheirErrors() {
		WebSession admin = session(Role.ADMIN);
		long before = count("exchange.exchange");
		Map<String, String> fields = new LinkedHashMap<>(
				Map.of("kind", "CONFERENCE_ONLINE", "title.en", "Form test conference", "title.zh", "表单测试会议", "start",
						"2027-03-12T15:00", "timeZone", "Asia/Shanghai", "isPublic", "false"));
		fields.put("participants[0].role", "ORGANIZER");
		fields.put("participants[0].place", "cn-jinan");
		fields.put("participants[1].role", "PARTICIPANT");
		fields.put("participants[2].role", "PARTICIPANT");
		fields.put("participants[2].place", "nowhere-at-all");
		var bad = admin.postForm("/manage/exchanges", form(fields));
		assertThat(bad.statusCode()).isEqualTo(400);
		// The blank row is dropped, so the bad one is shown as the second row, where the
		// user now sees it.
		assertThat(bad.body()).contains("id=\"e-participants[1].place\"",
				"names an unknown place &#39;nowhere-at-all&#39;", "value=\"nowhere-at-all\"");
		assertThat(count("exchange.exchange")).isEqualTo(before);

		fields.put("participants[2].place", "fi-vantaa");
		fields.put("participants[3].role", "PARTICIPANT");
		fields.put("participants[3].country", "gb");
		var created = admin.postForm("/manage/exchanges", form(fields));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		long id = jdbc.sql("select id from exchange.exchange where title ->> 'en' = 'Form test conference'")
			.query(Long.class)
			.single();
		assertThat(count("exchange.participant where exchange_id = " + id)).isEqualTo(3);
		var edit = admin.get("/manage/exchanges/" + id + "/edit?lang=en");
		assertThat(edit.body()).contains("value=\"表单测试会议\"", "value=\"fi-vantaa\"", "value=\"GB\"",
				"value=\"2027-03-12T15:00\"");

		WebSession office = session(Role.PARTNER_OFFICE);
		assertThat(office.get("/manage/exchanges/" + id + "/edit").statusCode()).isEqualTo(404);
		var notOurs = office.postForm("/manage/exchanges", form("kind", "LETTER", "title.en", "Office letter", "start",
				"2026-02", "timeZone", "Europe/London", "participants[0].place", "fi-vantaa"));
		assertThat(notOurs.statusCode()).isEqualTo(400);
		assertThat(notOurs.body()).contains("must include your own partner place");
		var ours = office.postForm("/manage/exchanges", form("kind", "LETTER", "title.en", "Office letter", "start",
				"2026-02", "timeZone", "Europe/London", "isPublic", "false", "participants[0].place", "gb-coventry"));
		assertThat(ours.statusCode()).isEqualTo(302);
		assertThat(office.get(ours.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.statusCode()).isEqualTo(200);

		assertThat(admin.postForm("/manage/exchanges/" + id + "/archive", "").statusCode()).isEqualTo(302);
	}

	@Test
	void exchangeFormsOfferListsAndSayRefusalsInTheReadersWords() {
		WebSession admin = session(Role.ADMIN);
		String home = jdbc
			.sql("select time_zone from network.place where is_home order by parent_id is not null, id limit 1")
			.query(String.class)
			.single();
		var blank = admin.get("/manage/exchanges/new?lang=zh-CN").body();
		// The home city's zone first, zones and places by name; participants picked, not
		// typed.
		assertThat(blank).contains("<option value=\"" + home + "\" selected=\"selected\">",
				"UTC+08:00 中国时间 (Shanghai)", "<optgroup label=\"欧洲\">", "type=\"datetime-local\"",
				"<option value=\"fi-vantaa\">万塔 (芬兰)</option>", "<option value=\"GB\">英国</option>")
			.doesNotContain("list=\"places\"");

		// Refused in Chinese, each field named by its label in the summary.
		Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", "CONFERENCE_ONLINE", "title.en",
				"Worded refusal test", "start", "2027-05-12T15:00", "end", "2027-05-12T09:00", "timeZone",
				"Europe/Helsinki", "isPublic", "false"));
		fields.put("participants[0].place", "fi-vantaa");
		var refused = admin.postForm("/manage/exchanges", form(fields));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<span>结束</span>: <span>不能早于开始时间</span>",
				"value=\"2027-05-12T09:00\"", "<option value=\"Europe/Helsinki\" selected=\"selected\">")
			.doesNotContain("<code>end</code>", "must not be before");
		fields.put("end", "2027-05-12T17:00");
		fields.put("participants[1].place", "nowhere-at-all");
		var unknown = admin.postForm("/manage/exchanges", form(fields));
		assertThat(unknown.body()).contains("<span>第 2 个参与方</span> · <span>地点</span>: <span>地点“nowhere-at-all”不存在</span>",
				"<option value=\"nowhere-at-all\" selected>nowhere-at-all</option>");

		// Known only to the month: written beside the picker, kept there when refused,
		// saved at that precision and shown there again.
		fields.remove("participants[1].place");
		fields.remove("start");
		fields.remove("end");
		fields.put("startApprox", "2021-13");
		var badMonth = admin.postForm("/manage/exchanges?lang=en", form(fields));
		assertThat(badMonth.statusCode()).isEqualTo(400);
		assertThat(badMonth.body()).contains("id=\"e-startApprox\"", "value=\"2021-13\"",
				"<span>Start date (2021-10-15, 2021-10 or 2021)</span>: <span>must be a date and time, or a date as");
		fields.put("startApprox", "2021-10");
		var saved = admin.postForm("/manage/exchanges", form(fields));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		long id = jdbc.sql("select id from exchange.exchange where title ->> 'en' = 'Worded refusal test'")
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("select start_precision from exchange.exchange where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("MONTH");
		var edit = admin.get("/manage/exchanges/" + id + "/edit").body();
		assertThat(edit).contains("name=\"startApprox\" value=\"2021-10\"", "<details id=\"approx\" open=\"open\">",
				"/manage/exchanges/" + id + "/calendar.ics");
		var ics = admin.get("/manage/exchanges/" + id + "/calendar.ics");
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.body()).contains("BEGIN:VCALENDAR", "Worded refusal test");
		var list = admin.get("/manage/exchanges").body();
		assertThat(list).contains("Worded refusal test", "Online conference", "/manage/exchanges/export")
			.doesNotContain("CONFERENCE_ONLINE");
		var export = admin.get("/manage/exchanges/export");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains("\"format\":\"twinport-exchanges/1\"", "Worded refusal test");
		assertThat(session(Role.PARTNER_OFFICE).get("/manage/exchanges/export").statusCode()).isEqualTo(403);
		assertThat(admin.postForm("/manage/exchanges/" + id + "/archive", "").statusCode()).isEqualTo(302);
	}

	@Test
	void networkFormsPickPlacesOrganizationsAndLanguagesByName() {
		WebSession admin = session(Role.ADMIN);
		var tie = admin.get("/manage/partnerships/new?lang=en").body();
		assertThat(tie).contains("<option value=\"cn-jinan\" selected=\"selected\">Jinan (China)</option>",
				"<option value=\"gb-coventry\">Coventry (United Kingdom)</option>");
		// A tie known only by its year is still written as such.
		var byYear = admin.postForm("/manage/partnerships",
				form("home", "cn-jinan", "partner", "fi-vantaa", "kind", "EXCHANGE_MEMORANDUM", "status", "PROPOSED",
						"established", "1999", "notes", "Year-only form test"));
		assertThat(byYear.statusCode()).as(byYear.body()).isEqualTo(302);
		assertThat(jdbc.sql("select established_precision from network.partnership where notes = 'Year-only form test'")
			.query(String.class)
			.single()).isEqualTo("YEAR");
		jdbc.sql("delete from network.partnership where notes = 'Year-only form test'").update();

		var contact = admin.postForm("/manage/contacts", form("code", "form-test-linguist", "fullName", "Form Linguist",
				"place", "fi-vantaa", "languages", "fi") + "&languages=sv");
		assertThat(contact.statusCode()).as(contact.body()).isEqualTo(302);
		long id = jdbc.sql("select id from network.contact where code = 'form-test-linguist'")
			.query(Long.class)
			.single();
		var edit = admin.get("/manage/contacts/" + id + "/edit?lang=zh-CN").body();
		assertThat(edit).contains("<option value=\"fi\" selected=\"selected\">芬兰语</option>",
				"<option value=\"sv\" selected=\"selected\">瑞典语</option>",
				"<option value=\"fi-vantaa\" selected=\"selected\">万塔 (芬兰)</option>");
		var refused = admin.postForm("/manage/contacts/" + id,
				form("code", "form-test-linguist", "fullName", "Form Linguist", "place", "fi-vantaa", "termStart",
						"2026-05-01", "termEnd", "2026-04-01", "languages", "fi"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<span>任期结束</span>: <span>不能早于任期开始日期</span>",
				"<option value=\"fi\" selected=\"selected\">芬兰语</option>");
		assertThat(admin.postForm("/manage/contacts/" + id + "/archive", "").statusCode()).isEqualTo(302);
	}

	@Test
	void organizationsContactsDonationsAndProjects() {
		WebSession admin = session(Role.ADMIN);
		var organization = admin.postForm("/manage/organizations",
				form("code", "form-test-association", "kind", "FRIENDSHIP_ASSOCIATION", "names.en",
						"Form Test Association", "names.zh", "表单测试协会", "names.more", "fi: Lomaketestiyhdistys", "place",
						"fi-vantaa", "website", "https://example.org"));
		assertThat(organization.statusCode()).as(organization.body()).isEqualTo(302);
		long organizationId = jdbc.sql("select id from network.organization where code = 'form-test-association'")
			.query(Long.class)
			.single();
		assertThat(admin.get("/manage/organizations/" + organizationId + "/edit").body())
			.contains("value=\"fi: Lomaketestiyhdistys\"", "value=\"表单测试协会\"");
		var badNames = admin.postForm("/manage/organizations/" + organizationId, form("code", "form-test-association",
				"kind", "FRIENDSHIP_ASSOCIATION", "names.en", "Form Test Association", "names.more", "no language"));
		assertThat(badNames.statusCode()).isEqualTo(400);
		assertThat(badNames.body()).contains("id=\"e-names.more\"");

		WebSession office = session(Role.PARTNER_OFFICE);
		var contact = office.postForm("/manage/contacts", form("code", "form-test-contact", "fullName", "Form Tester",
				"position", "Liaison", "place", "gb-coventry", "languages", "en", "email", "tester@example.org"));
		assertThat(contact.statusCode()).as(contact.body()).isEqualTo(302);
		assertThat(office.get("/network/partners/gb-coventry").body()).contains("Form Tester");
		var elsewhere = office.postForm("/manage/contacts",
				form("code", "form-test-contact-2", "fullName", "Other", "place", "fi-vantaa"));
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		assertThat(elsewhere.body()).contains("must be your own partner place");
		assertThat(count("network.contact where code = 'form-test-contact-2'")).isZero();

		var donation = admin.postForm("/manage/donations",
				form("code", "form-test-donation", "direction", "GIVEN", "status", "SHIPPED", "donorPlace", "cn-jinan",
						"recipientPlace", "fi-vantaa", "pledgedOn", "2026-01-05", "shippedOn", "2026-01-04", "isPublic",
						"false", "items[0].item", "masks", "items[0].quantity", "100000", "items[0].unit", "pieces"));
		assertThat(donation.statusCode()).isEqualTo(400);
		assertThat(donation.body()).contains("id=\"e-shippedOn\"",
				"must not be before the day it was pledged");
		assertThat(count("exchange.donation where code = 'form-test-donation'")).isZero();
		var badQuantity = admin.postForm("/manage/donations",
				form("code", "form-test-donation", "direction", "GIVEN", "status", "PLEDGED", "donorPlace", "cn-jinan",
						"recipientPlace", "fi-vantaa", "isPublic", "false", "items[0].item", "masks",
						"items[0].quantity", "lots"));
		assertThat(badQuantity.body()).contains("id=\"e-items[0].quantity\"");
		var goodDonation = admin.postForm("/manage/donations",
				form("code", "form-test-donation", "direction", "GIVEN", "status", "PLEDGED", "donorPlace", "cn-jinan",
						"recipientPlace", "fi-vantaa", "isPublic", "false", "items[1].item", "masks",
						"items[1].quantity", "100000", "items[1].unit", "pieces"));
		assertThat(goodDonation.statusCode()).as(goodDonation.body()).isEqualTo(302);
		long donationId = jdbc.sql("select id from exchange.donation where code = 'form-test-donation'")
			.query(Long.class)
			.single();
		assertThat(admin.get("/manage/donations/" + donationId + "/edit").body()).contains("value=\"100000\"",
				"value=\"masks\"");

		var project = admin.postForm("/manage/projects",
				form("code", "form-test-garden", "names.en", "Form test garden", "isPublic", "false",
						"subProjects[0].partner", "fi-vantaa", "subProjects[0].names.en", "Vantaa corner",
						"subProjects[0].names.zh", "万塔角", "subProjects[0].status", "UNDER_CONSTRUCTION",
						"subProjects[0].milestones", "2026-05 | Ground broken\nOpening ceremony"));
		assertThat(project.statusCode()).as(project.body()).isEqualTo(302);
		long projectId = jdbc.sql("select id from exchange.project where code = 'form-test-garden'")
			.query(Long.class)
			.single();
		var projectEdit = admin.get("/manage/projects/" + projectId + "/edit?lang=zh-CN").body();
		assertThat(projectEdit).contains("value=\"Vantaa corner\"", "value=\"万塔角\"", "2026-05 | Ground broken",
				"Opening ceremony");
		var missingStatus = admin.postForm("/manage/projects/" + projectId, form("code", "form-test-garden", "names.en",
				"Form test garden", "subProjects[0].names.en", "Vantaa corner"));
		assertThat(missingStatus.statusCode()).isEqualTo(400);
		assertThat(missingStatus.body()).contains("id=\"e-subProjects[0].status\"");
		assertThat(count("exchange.sub_project where project_id = " + projectId)).isEqualTo(1);

		for (String archive : new String[] { "/manage/organizations/" + organizationId,
				"/manage/donations/" + donationId, "/manage/projects/" + projectId }) {
			assertThat(admin.postForm(archive + "/archive", "").statusCode()).isEqualTo(302);
		}
	}

	@Test
	void formsNeedTheirCsrfTokenAndTheRightRole() {
		WebSession admin = session(Role.ADMIN);
		assertThat(admin
			.postFormWithoutToken("/manage/organizations",
					form("code", "no-csrf-org", "kind", "COMPANY", "names.en", "No CSRF"))
			.statusCode()).isEqualTo(403);
		assertThat(count("network.organization where code = 'no-csrf-org'")).isZero();
		WebSession office = session(Role.PARTNER_OFFICE);
		assertThat(office.get("/manage/donations/new").statusCode()).isEqualTo(403);
		assertThat(office.get("/manage/audit").statusCode()).isEqualTo(403);
		assertThat(office.get("/manage?lang=en").body()).contains("/manage/exchanges").doesNotContain("/manage/audit");
	}

	@Test
	void inTheBrowserErrorsAppearBesideTheFieldAndArchivingAsksFirst() {
		try (Browser browser = Browser.launch(); BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			List<String> problems = new ArrayList<>();
			page.onConsoleMessage(message -> {
				// The refused form's 400 is logged as a failed load; anything else (CSP,
				// script errors) counts.
				if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
					problems.add(message.text());
				}
			});
			page.onDialog(dialog -> dialog.accept());
			page.navigate(baseUrl() + "/login?lang=en");
			page.locator("#username").fill("admin");
			page.locator("#password").fill(ADMIN_PASSWORD);
			page.locator("#login-submit").click();
			page.locator("#nav-manage").click();
			page.locator("a[href='/manage/organizations']").click();
			page.locator("#new-record").click();
			page.locator("#f-code").fill("Not A Code");
			page.locator("[id='f-kind']").selectOption("MEDIA");
			page.locator("[id='f-names.en']").fill("Browser Test Daily");
			page.locator("#save").click();
			assertThat(page.locator("#e-code")).containsText("lower-case letters");
			assertThat(page.locator("#f-code")).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("[id='f-names.en']")).hasValue("Browser Test Daily");
			page.locator("#f-code").fill("browser-test-daily");
			page.locator("#save").click();
			assertThat(page.locator("table.directory")).containsText("Browser Test Daily");
			assertThat(page.locator(".notice")).containsText("Saved.");
			page.locator("tr:has-text('Browser Test Daily') a").click();
			page.locator("#archive").click();
			assertThat(page.locator(".notice")).containsText("Saved.");
			assertThat(page.locator("table.directory")).not().containsText("Browser Test Daily");
			assertThat(problems).isEmpty();
		}
	}

	private WebSession session(Role role) {
		return WebSession.signedIn(baseUrl(), usernameFor(role), passwordFor(role));
	}

	private long partnershipOf(String partner) {
		return jdbc
			.sql("select s.id from network.partnership s join network.place p on p.id = s.partner_place_id "
					+ "where p.code = :code and not s.archived order by s.id limit 1")
			.param("code", partner)
			.query(Long.class)
			.single();
	}

	private long count(String tableAndCondition) {
		return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
	}

	private static String form(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return form(fields);
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

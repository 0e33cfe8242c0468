package org.twinport.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change history over HTTP as staff read it, in English and Chinese: a sentence per
 * change naming the person, the record (linked while it exists) and the time in the
 * reader's zone, then each changed field in words from what to what; the recorded JSON
 * only inside the auditors' details.
 */
class AuditHistoryPageTest extends IntegrationTest {

	private static final String LONG_SUMMARY = "Talks on school exchanges, district heating and a joint trade mission, "
			+ "with a visit to the Vantaa science centre and a reception at the city hall afterwards.";

	@Test
	void anExchangesHistoryReadsAsSentencesInEnglishAndChinese() {
		String admin = tokenFor(Role.ADMIN);
		var created = api().post("/api/v1/exchanges", """
				{"kind":"CONFERENCE_ONLINE","title":{"en":"Spring talks (audit test)"},
				 "start":"2027-03-12T15:00","timeZone":"Asia/Shanghai","isPublic":false,
				 "participants":[{"place":"gb-coventry"}]}
				""", admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var changed = api().put("/api/v1/exchanges/" + id, """
				{"kind":"DELEGATION_VISIT","title":{"en":"Spring talks (audit test)","zh":"春季会谈（审计测试）"},
				 "start":"2027-04-02","timeZone":"Asia/Shanghai","isPublic":false,"summary":"%s",
				 "participants":[{"place":"gb-coventry"},{"place":"fi-vantaa","role":"ORGANIZER"}]}
				""".formatted(LONG_SUMMARY), admin);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		Instant changedAt = Instant.parse(api().get("/api/v1/audit?entity=exchange&id=" + id, admin)
			.json()
			.get(0)
			.get("at")
			.asString());
		String helsinkiTime = DateTimeFormatter.ofPattern("HH:mm").format(changedAt.atZone(ZoneId.of("Europe/Helsinki")));

		WebSession staff = WebSession.signedIn(baseUrl(), usernameFor(Role.ADMIN), passwordFor(Role.ADMIN));
		var englishPage = staff.getWithCookie("/manage/audit?entity=exchange&id=" + id + "&lang=en",
				"twinport_tz=Europe/Helsinki");
		assertThat(englishPage.statusCode()).isEqualTo(200);
		String english = withoutRecordedData(englishPage.body());
		assertThat(english)
			.contains("<strong>International Office</strong> changed the exchange <a href=\"/manage/exchanges/" + id
					+ "/edit\">Spring talks (audit test)</a> on <time datetime=\"" + changedAt + "\">")
			.contains(", " + helsinkiTime + " (Eastern European Time)</time>:")
			.contains("<strong>International Office</strong> created the exchange")
			.contains("Kind: from “<del>Online conference</del>” to “<ins>Delegation visit</ins>”")
			.contains("Start: from “<del>March 12, 2027 15:00</del>” to “<ins>April 2, 2027</ins>”")
			.contains("Participants: added <ins>Vantaa (Organizer)</ins>")
			.contains("Title in Chinese: set to “<ins>春季会谈（审计测试）</ins>”")
			.contains("Summary: set to “<ins>Talks on school exchanges, district heating and a joint trade mission, with a…</ins>”")
			.contains("Visible to the public: <ins>no</ins>", "Participants: <ins>Coventry</ins>")
			.doesNotContain("CONFERENCE_ONLINE", "DELEGATION_VISIT", "startsAt", "participants", "{\"", "admin</",
					"Coventry (", "science centre");
		assertThat(englishPage.body()).as("the recorded data stays for auditors")
			.contains("<details class=\"audit-raw\">", "&quot;kind&quot; : &quot;DELEGATION_VISIT&quot;");

		String chinese = withoutRecordedData(staff
			.getWithCookie("/manage/audit?entity=exchange&id=" + id + "&lang=zh-CN", "twinport_tz=Europe/Helsinki")
			.body());
		assertThat(chinese)
			.contains("，<strong>International Office</strong>修改了交流活动“<a href=\"/manage/exchanges/" + id
					+ "/edit\">春季会谈（审计测试）</a>”：")
			.contains(helsinkiTime + "（东欧")
			.contains("类型：从“<del>线上会议</del>”改为“<ins>代表团访问</ins>”")
			.contains("开始：从“<del>2027年3月12日 15:00</del>”改为“<ins>2027年4月2日</ins>”")
			.contains("参与方：新增<ins>万塔（主办方）</ins>", "中文标题：设为“<ins>春季会谈（审计测试）</ins>”")
			.doesNotContain("CONFERENCE_ONLINE", "participants", "Kind:");

		assertThat(api().post("/api/v1/exchanges/" + id + "/archive", null, admin).status()).isEqualTo(204);
		String archived = withoutRecordedData(
				staff.getWithCookie("/manage/audit?entity=exchange&id=" + id + "&lang=en", "twinport_tz=Europe/Helsinki")
					.body());
		assertThat(archived).as("an archived record is named as recorded, without a link to a page it no longer has")
			.contains("<strong>International Office</strong> archived the exchange Spring talks (audit test) on")
			.doesNotContain("href=\"/manage/exchanges/" + id + "/edit\"");
		assertThat(staff.getWithCookie("/manage/audit?entity=exchange&id=" + id + "&lang=en", "twinport_tz=Not/AZone")
			.body()).as("without the browser's zone, times are in UTC and say so").contains(" (UTC)</time>");
	}

	private static String withoutRecordedData(String page) {
		return page.replaceAll("(?s)<details class=\"audit-raw\">.*?</details>", "");
	}

}

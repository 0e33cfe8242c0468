package org.twinport.exchange;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar subscription speaks the reader's language: asked in Chinese, its name,
 * titles, descriptions, places and kinds are Chinese; the calendar page's links ask in the
 * page's language.
 */
class CalendarFeedLanguageTest extends IntegrationTest {

	@Test
	void theSubscriptionIsInChineseWhenAskedInChinese() {
		String admin = tokenFor(Role.ADMIN);
		var created = api().post("/api/v1/exchanges", """
				{"kind":"DELEGATION_VISIT","title":{"en":"Spring delegation (calendar test)","zh":"春季代表团（日历测试）"},
				 "start":"2027-05-20T09:30","end":"2027-05-20T17:00","timeZone":"Europe/Helsinki",
				 "participants":[{"place":"fi-vantaa","role":"ORGANIZER"},{"place":"gb-coventry"}]}
				""", admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		try {
			String chinese = unfolded(api().get("/api/v1/exchanges/calendar.ics?lang=zh").body());
			assertThat(chinese).contains("X-WR-CALNAME:Twinport 交流活动", "SUMMARY:春季代表团（日历测试）",
					"DESCRIPTION:参与方：万塔、考文垂", "LOCATION:万塔", "CATEGORIES:代表团访问")
				.doesNotContain("Participants", "DELEGATION_VISIT", "Spring delegation");
			assertThat(unfolded(api().get("/api/v1/exchanges/" + id + "/calendar.ics?lang=zh-CN").body()))
				.contains("SUMMARY:春季代表团（日历测试）", "LOCATION:万塔");

			String english = unfolded(api().get("/api/v1/exchanges/calendar.ics").body());
			assertThat(english).contains("X-WR-CALNAME:Twinport exchanges", "SUMMARY:Spring delegation (calendar test)",
					"DESCRIPTION:Participants: Vantaa\\, Coventry", "LOCATION:Vantaa", "CATEGORIES:Delegation visit");

			assertThat(new WebSession(baseUrl()).get("/exchanges/calendar?lang=zh-CN").body())
				.contains("href=\"/api/v1/exchanges/calendar.ics?lang=zh\"",
						"href=\"/api/v1/exchanges/" + id + "/calendar.ics?lang=zh\"");
			assertThat(new WebSession(baseUrl()).get("/exchanges/calendar?lang=en").body())
				.contains("href=\"/api/v1/exchanges/calendar.ics?lang=en\"");
		}
		finally {
			api().post("/api/v1/exchanges/" + id + "/archive", null, admin);
		}
	}

	/** Long lines are folded at 75 octets (RFC 5545 §3.1): read them whole. */
	private static String unfolded(String calendar) {
		return calendar.replace("\r\n ", "");
	}

}

package org.twinport.matchmaking;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer who posts an RFQ before its company has a profile is led to make the profile
 * and back to the RFQ form with everything it typed, instead of a bare 404.
 */
class RfqBeforeProfilePagesTest extends IntegrationTest {

	@Test
	void theRfqTypedBeforeTheProfileIsKeptWhileTheBuyerMakesOne() {
		WebSession buyer = newBuyer();
		String product = "Longjing green tea " + UUID.randomUUID();
		String deadline = LocalDate.now().plusDays(40).toString();
		String rfq = "product=" + encode(product) + "&hsCode=090210&quantity=250.5&unit=cartons&targetAmount=11.20"
				+ "&currency=EUR&incoterm=CIF&destination=FI&deadline=" + deadline;

		HttpResponse<String> posted = buyer.postForm("/matchmaking/rfqs", rfq);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		assertThat(location(posted)).endsWith("/matchmaking/profile");
		assertThat(buyer.get("/matchmaking/profile?lang=en").body()).contains("id=\"rfq-waiting\"")
			.contains("create your company profile first")
			.contains("Small (10–49 people)")
			.doesNotContain(">SMALL<");
		assertThat(buyer.get("/matchmaking/profile?lang=zh-CN").body()).contains("请先创建公司资料")
			.contains("小型（10–49 人）");

		HttpResponse<String> refused = buyer.postForm("/matchmaking/profile", "name=&placeCode=jp-wakayama&size=SMALL");
		assertThat(location(refused)).as("a refused profile stays on the profile form").endsWith("/matchmaking/profile");
		assertThat(buyer.get("/matchmaking/profile?lang=en").body()).as("and the RFQ is still kept")
			.contains("id=\"rfq-waiting\"");

		HttpResponse<String> saved = buyer.postForm("/matchmaking/profile",
				"name=" + encode("Vantaa Tea House (test)")
						+ "&placeCode=fi-vantaa&size=SMALL&buysHs=0902&seeks=SUPPLIER&languages=fi%2C+en");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(location(saved)).as("back to the RFQ form").contains("/matchmaking/rfqs");
		String form = buyer.get("/matchmaking/rfqs?lang=en").body();
		assertThat(form).contains("id=\"rfq-restored\"")
			.contains("value=\"" + product + "\"")
			.contains("value=\"090210\"")
			.contains("value=\"250.5\"")
			.contains("value=\"cartons\"")
			.contains("value=\"11.20\"")
			.contains("value=\"CIF\"")
			.contains("<option value=\"FI\" selected=\"selected\">Finland</option>")
			.contains("<option value=\"EUR\" selected=\"selected\">Euro (EUR)</option>")
			.contains("value=\"" + deadline + "\"");
		assertThat(buyer.get("/matchmaking/rfqs?lang=zh-CN").body()).as("countries and currencies named in the reader's language")
			.contains("<option value=\"FI\" selected=\"selected\">芬兰</option>")
			.contains("<option value=\"EUR\" selected=\"selected\">欧元 (EUR)</option>");

		HttpResponse<String> created = buyer.postForm("/matchmaking/rfqs", rfq);
		assertThat(location(created)).endsWith("/matchmaking/rfqs");
		String after = buyer.get("/matchmaking/rfqs?lang=en").body();
		assertThat(after).as("posted, and the form is empty again")
			.contains(">" + product + "</a>")
			.doesNotContain("id=\"rfq-restored\"")
			.doesNotContain("value=\"" + product + "\"");
	}

	@Test
	void aRefusedRfqComesBackWithWhatWasTyped() {
		WebSession buyer = newBuyer();
		assertThat(location(buyer.postForm("/matchmaking/profile", "name=" + encode("Jinan Tea Buyers (test)")
				+ "&placeCode=fi-vantaa&size=SMALL&seeks=SUPPLIER&languages=en"))).endsWith("/matchmaking/profile");
		String product = "Tieguanyin " + UUID.randomUUID();
		HttpResponse<String> refused = buyer.postForm("/matchmaking/rfqs", "product=" + encode(product)
				+ "&hsCode=0902&quantity=lots&unit=kg&currency=EUR&incoterm=FOB&destination=FI&deadline="
				+ LocalDate.now().plusDays(10));
		assertThat(location(refused)).endsWith("/matchmaking/rfqs");
		String form = buyer.get("/matchmaking/rfqs?lang=en").body();
		assertThat(form).contains("id=\"form-error\"").contains("quantity").contains("value=\"" + product + "\"");
	}

	private WebSession newBuyer() {
		String username = "rfq.buyer." + System.nanoTime();
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "RFQ buyer", Role.BUYER, null, null, false));
		return WebSession.signedIn(baseUrl(), username, password);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

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
 * Posting an RFQ, sending a quote and accepting one each say what happened; accepting
 * asks first, showing the amount the buyer commits to.
 */
class SourcingOutcomesPagesTest extends IntegrationTest {

	@Test
	void eachStepSaysItWasDoneAndAcceptingAsksFirstWithTheAmount() {
		WebSession buyer = companyWithProfile("Vantaa Tea Importers (test)", "fi-vantaa", "seeks=SUPPLIER&buysHs=0902");
		WebSession supplier = companyWithProfile("Rizhao Tea Growers (test)", "jp-wakayama", "offers=SUPPLIER&sellsHs=0902");
		String product = "Rizhao green tea " + UUID.randomUUID();

		HttpResponse<String> posted = buyer.postForm("/matchmaking/rfqs", "product=" + encode(product)
				+ "&hsCode=090210&quantity=500&unit=kg&currency=EUR&incoterm=FOB&destination=FI&deadline="
				+ LocalDate.now().plusDays(30));
		assertThat(location(posted)).endsWith("/matchmaking/rfqs");
		assertThat(buyer.get("/matchmaking/rfqs?lang=en").body())
			.contains("<p class=\"notice\" role=\"status\" id=\"form-done\">Your sourcing request &quot;" + product
					+ "&quot; is posted.");
		long rfq = jdbc.sql("select id from matchmaking.rfq where product = :p").param("p", product).query(Long.class).single();

		String rfqPage = "/matchmaking/rfqs/" + rfq;
		HttpResponse<String> quoted = supplier.postForm(rfqPage + "/quotes",
				"amount=9.40&currency=EUR&moq=100&leadTimeDays=30&incoterm=FOB&validUntil=" + LocalDate.now().plusDays(20));
		assertThat(location(quoted)).endsWith(rfqPage);
		assertThat(supplier.get(rfqPage + "?lang=zh-CN").body()).contains("id=\"form-done\">您的报价（单价 9.40 EUR）已发送给采购方。");
		long quote = jdbc.sql("select id from matchmaking.quote where rfq_id = :r").param("r", rfq).query(Long.class).single();

		String confirm = "/matchmaking/quotes/" + quote + "/accept?rfq=" + rfq;
		assertThat(buyer.get(rfqPage + "?lang=en").body()).as("the table's Accept leads to a confirmation, not an order")
			.contains("href=\"" + confirm + "\"")
			.doesNotContain("method=\"post\" class=\"inline\"><button type=\"submit\">Accept");
		String english = buyer.get(confirm + "&lang=en").body();
		assertThat(english).contains("Accept this quote?")
			.contains("<strong>4,700.00 EUR</strong>")
			.contains("Accept and order for 4,700.00 EUR");
		assertThat(buyer.get(confirm + "&lang=zh-CN").body()).contains("接受此报价？").contains("接受并下单（4,700.00 EUR）");
		assertThat(jdbc.sql("select status from matchmaking.rfq where id = :r").param("r", rfq).query(String.class).single())
			.as("looking at the confirmation awards nothing").isEqualTo("OPEN");
		assertThat(supplier.get(confirm).statusCode()).as("only the buyer confirms").isEqualTo(404);

		HttpResponse<String> accepted = buyer.postForm("/matchmaking/quotes/" + quote + "/accept?rfq=" + rfq, "");
		assertThat(location(accepted)).endsWith(rfqPage);
		assertThat(buyer.get(rfqPage + "?lang=en").body())
			.contains("<p class=\"notice\" role=\"status\" id=\"form-done\">Quote accepted: &quot;" + product + "&quot; is awarded to");

		HttpResponse<String> again = buyer.postForm("/matchmaking/quotes/" + quote + "/accept?rfq=" + rfq, "");
		assertThat(location(again)).endsWith(rfqPage);
		assertThat(buyer.get(rfqPage + "?lang=en").body()).as("a refusal is said as an error")
			.contains("<p class=\"error\" role=\"alert\" id=\"form-error\">");
	}

	private WebSession companyWithProfile(String name, String place, String trade) {
		String username = "sourcing." + System.nanoTime();
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, name, Role.BUYER, null, null, false));
		WebSession session = WebSession.signedIn(baseUrl(), username, password);
		assertThat(location(session.postForm("/matchmaking/profile",
				"name=" + encode(name) + "&placeCode=" + place + "&size=SMALL&languages=en&" + trade)))
			.endsWith("/matchmaking/profile");
		assertThat(session.get("/matchmaking/profile").body()).doesNotContain("id=\"form-error\"");
		return session;
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

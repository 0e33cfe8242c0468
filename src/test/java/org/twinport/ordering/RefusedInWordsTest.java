package org.twinport.ordering;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer who opens another buyer's order, or asks for a change its role may not make,
 * is answered in the reader's words (here Chinese): the order is not found (404) or the
 * role may not (403). The services' own English reasons for refusing a role, kept for
 * the logs, reach neither the page nor the API.
 */
class RefusedInWordsTest extends IntegrationTest {

	OrderingFixtures fixtures;

	long variant;

	String ownerToken;

	WebSession owner;

	@BeforeEach
	void setUp() {
		fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		String code = jdbc.sql("select code from catalog.merchant order by id limit 1").query(String.class).single();
		variant = fixtures.variant(code, "25.00", 10);
		String name = "refused.buyer." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		accounts.create(new NewAccount(name, password, "Refused buyer", Role.BUYER, null, null, false));
		ownerToken = api()
			.post("/api/v1/auth/tokens", "{\"username\":\"" + name + "\",\"password\":\"" + password
					+ "\",\"name\":\"t\"}", null)
			.json()
			.get("token")
			.asString();
		owner = WebSession.signedIn(baseUrl(), name, password);
	}

	private long placeOrder() {
		fixtures.cart(ownerToken, variant, 1);
		Response placed = fixtures.place(ownerToken, fixtures.review(ownerToken).get("id").asString(),
				UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		return placed.json().get("orders").get(0).get("id").asLong();
	}

	@Test
	void anotherBuyersOrderIsNotFoundInChineseOnThePageAndTheApi() {
		long id = placeOrder();
		WebSession stranger = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));

		HttpResponse<String> page = stranger.get("/orders/" + id + "?lang=zh-CN");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("找不到页面").doesNotContain("You have no order").doesNotContain("ordering.");
		stranger.get("/?lang=en");

		Response api = api().send("GET", "/api/v1/orders/" + id, null, tokenFor(Role.BUYER), "Accept-Language",
				"zh");
		assertThat(api.status()).isEqualTo(404);
		JsonNode problem = api.json();
		assertThat(problem.get("code").asString()).isEqualTo("ordering.problem.noOrder");
		assertThat(problem.get("detail").asString()).isEqualTo("您没有编号为 " + id + " 的订单。");
	}

	@Test
	void aChangeTheBuyersRoleMayNotMakeIsRefusedInWordsWithoutTheServicesReason() {
		long id = placeOrder();
		String page = "/orders/" + id;
		owner.get(page + "?lang=zh-CN");
		HttpResponse<String> ready = owner.postForm(page + "/status", "status=READY_FOR_CUSTOMS");
		assertThat(ready.statusCode()).isEqualTo(403);
		assertThat(ready.body()).contains("您的角色无权对此订单执行此操作").doesNotContain("may not mark");
		owner.get(page + "?lang=en");

		Response api = api().send("POST", "/api/v1/orders/" + id + "/status", "{\"status\":\"READY_FOR_CUSTOMS\"}",
				ownerToken, "Accept-Language", "zh");
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.body()).doesNotContain("may not mark").doesNotContain("BUYER");
	}

	@Test
	void aMerchantEditingAnotherMerchantsShippingIsRefusedWithoutTheServicesReason() {
		long merchant = jdbc.sql("select id from catalog.merchant order by id limit 1").query(Long.class).single();
		Response api = api().send("GET", "/api/v1/shipping/zones?merchantId=" + (merchant + 1000), null,
				tokenFor(Role.MERCHANT), "Accept-Language", "zh");
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.body()).doesNotContain("its own shipping profile");
	}

}

package org.twinport.ordering;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page flow: a cart kept in the browser joins the account on sign-in, then review,
 * place and the order list.
 */
class OrderPagesTest extends IntegrationTest {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"|" + "name=\"_csrf\" content=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aBrowserCartJoinsTheAccountOnSignInAndIsCheckedOutThroughThePages() throws Exception {
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 5);
		HttpCookie cart = new HttpCookie("twinport_cart", variant + ":2");
		cart.setPath("/");
		cart.setVersion(0); // as browsers send it, not RFC 2965's $Version form
		cookies.getCookieStore().add(URI.create(baseUrl()), cart);
		assertThat(get("/cart").body()).contains("keeps 1 line");

		String username = "page.buyer." + System.nanoTime();
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Page buyer", Role.BUYER, null, null, false));
		HttpResponse<String> signIn = post("/login", "username=" + encode(username) + "&password=" + encode(password));
		assertThat(signIn.statusCode()).isEqualTo(302);

		HttpResponse<String> merged = get("/cart");
		assertThat(merged.body()).contains("Rose tea");
		assertThat(merged.headers().allValues("Set-Cookie"))
			.anyMatch(c -> c.startsWith("twinport_cart=;") && (c.contains("Max-Age=0") || c.contains("1970")));
		// The JDK's cookie store does not match the deletion to a cookie added by hand; a
		// browser does.
		cookies.getCookieStore().remove(URI.create(baseUrl()), cart);
		assertThat(jdbc
			.sql("select l.quantity from ordering.cart_line l join ordering.cart c on c.id = l.cart_id "
					+ "join identity.account a on a.id = c.account_id where a.username = :u")
			.param("u", username)
			.query(Integer.class)
			.single()).isEqualTo(2);

		assertThat(post("/cart", "market=FI&currency=JPY").statusCode()).as("currency not of the market")
			.isEqualTo(400);
		HttpResponse<String> refusedInChinese = post("/cart?lang=zh-CN", "market=FI&currency=JPY");
		assertThat(refusedInChinese.statusCode()).isEqualTo(400);
		assertThat(refusedInChinese.body()).as("the refusal in the reader's language")
			.contains("currency: 必须与市场相符：FI 接受")
			.doesNotContain("ordering.problem");
		assertThat(post("/cart", "market=FI&currency=EUR").statusCode()).isEqualTo(302);
		HttpResponse<String> review = post("/checkout/review?lang=zh-CN", "name=" + encode("Aino Virtanen") + "&line1="
				+ encode("Tikkurilantie 1") + "&city=Vantaa&postalCode=01300&country=FI");
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).contains("确认订单").contains("IOSS").contains("Aino Virtanen");

		// Switching language on the review keeps the review: the same address, reviewed
		// again in the other language, not the cart with the address emptied.
		Matcher english = Pattern.compile("href=\"([^\"]+)\"[^>]*id=\"lang-en\"").matcher(review.body());
		assertThat(english.find()).as("the review's English link").isTrue();
		HttpResponse<String> switched = get(english.group(1).replace("&amp;", "&"));
		assertThat(switched.statusCode()).as(english.group(1)).isEqualTo(200);
		assertThat(switched.body()).contains("Review your order").contains("Aino Virtanen").contains("Vantaa");
		Matcher chinese = Pattern.compile("href=\"([^\"]+)\"[^>]*id=\"lang-zh\"").matcher(switched.body());
		assertThat(chinese.find()).isTrue();
		review = get(chinese.group(1).replace("&amp;", "&"));
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).contains("确认订单").contains("Aino Virtanen");
		assertThat(get("/checkout/review?review=" + java.util.UUID.randomUUID()).headers().firstValue("Location"))
			.as("a review that is not the buyer's goes back to the cart")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/cart"));

		Matcher reviewId = Pattern.compile("name=\"reviewId\" value=\"([^\"]+)\"").matcher(review.body());
		Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(review.body());
		assertThat(reviewId.find() && key.find()).isTrue();
		String place = "reviewId=" + reviewId.group(1) + "&idempotencyKey=" + key.group(1);
		HttpResponse<String> placed = post("/checkout/place", place);
		assertThat(placed.statusCode()).isEqualTo(302);
		assertThat(post("/checkout/place", place).statusCode()).as("pressed twice").isEqualTo(302);
		assertThat(fixtures.available(variant)).isEqualTo(3);
		String orders = get(placed.headers().firstValue("Location").orElseThrow().replace(baseUrl(), "") + "&lang=en")
			.body();
		assertThat(orders).contains("My orders").contains("Rose tea");
		Matcher orderLink = Pattern.compile("href=\"(/orders/[0-9]+)\"").matcher(orders);
		assertThat(orderLink.find()).isTrue();
		assertThat(get(orderLink.group(1) + "?lang=en").body()).as("unit prices in the order's currency, as its total")
			.contains("<td class=\"unit-price\">6.15 EUR</td>")
			// a price in yuan, not the letters (a CSRF token may hold "CNY")
			.doesNotContainPattern("[0-9] CNY");
		assertThat(get("/orders?lang=zh-CN").body()).contains("我的订单").contains("已下单，待付款");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(
				HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		Matcher token = CSRF.matcher(get("/login").body());
		assertThat(token.find()).isTrue();
		String csrf = token.group(1) != null ? token.group(1) : token.group(2);
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

package org.twinport.ordering;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.catalog.ProductImages;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market and currency a buyer picks on the marketplace are the cart's, every price on
 * the cart page is in the cart's currency, the header shows a cart badge, and search
 * results have thumbnails and pages back and forth.
 */
class ChosenMarketPagesTest extends IntegrationTest {

	@Autowired
	ProductImages images;

	@Test
	void theMarketChosenOnTheMarketplaceIsTheCartsWithEveryPriceInItsCurrency() {
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 10);
		String username = "market.buyer." + UUID.randomUUID().toString().substring(0, 8);
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, "Market buyer", Role.BUYER, null, null, false));
		WebSession buyer = WebSession.signedIn(baseUrl(), username, password);

		HttpResponse<String> search = buyer.get("/marketplace?market=FI&currency=EUR");
		assertThat(search.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("twinport_market=FI.EUR"));
		assertThat(buyer.get("/marketplace").body()).as("the marketplace opens on the market chosen")
			.containsPattern("<option value=\"FI\" selected=\"selected\">Finland</option>")
			.containsPattern("<option value=\"EUR\" selected=\"selected\">Euro \\(EUR\\)</option>");
		assertThat(buyer.postForm("/cart/lines", "variantId=" + variant + "&quantity=2").statusCode()).isEqualTo(302);

		String cart = buyer.get("/cart").body();
		assertThat(cart).containsPattern("<select id=\"market\" name=\"market\"")
			.containsPattern("<option value=\"FI\" selected=\"selected\">Finland</option>")
			.containsPattern("<option value=\"EUR\" selected=\"selected\">Euro \\(EUR\\)</option>")
			.contains("6.15 EUR")
			.contains("12.30 EUR")
			.doesNotContainPattern("[0-9] CNY");
		assertThat(badgeCount(cart)).isEqualTo("2");
		assertThat(jdbc.sql("select market || currency from ordering.cart c join identity.account a "
				+ "on a.id = c.account_id where a.username = :u")
			.param("u", username)
			.query(String.class)
			.single()).isEqualTo("FIEUR");
		assertThat(buyer.get("/cart?lang=zh-CN").body()).contains(">芬兰</option>").contains(">欧元 (EUR)</option>");

		// Hungary does not take US dollars: the cart takes the forint instead of refusing.
		assertThat(buyer.postForm("/cart", "market=HU&currency=USD").statusCode()).isEqualTo(302);
		String hungary = buyer.get("/cart?lang=en").body();
		assertThat(hungary).containsPattern("<option value=\"HUF\" selected=\"selected\">Hungarian Forint \\(HUF\\)</option>")
			.doesNotContainPattern("[0-9] CNY")
			.doesNotContain(" EUR<");
		assertThat(buyer.get("/marketplace").body()).as("the cart's choice is the marketplace's too")
			.contains("<option value=\"HU\" selected=\"selected\">");

		// "The market's currency" on the marketplace: the cart pays in Germany's own.
		buyer.get("/marketplace?market=DE&currency=");
		HttpResponse<String> germany = buyer.get("/cart?lang=en");
		assertThat(germany.statusCode()).isEqualTo(200);
		assertThat(germany.body()).contains("<option value=\"DE\" selected=\"selected\">Germany</option>")
			.contains("<option value=\"EUR\" selected=\"selected\">Euro (EUR)</option>");
	}

	@Test
	void aVisitorWithACartSeesTheBadgeInTheHeader() {
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 10);
		WebSession visitor = new WebSession(baseUrl());
		assertThat(visitor.get("/marketplace?market=FI&currency=EUR").body()).doesNotContain("id=\"cart-badge\"");
		String page = new WebSession(baseUrl()).getWithCookie("/marketplace", "twinport_cart=" + variant + ":3; twinport_market=FI.EUR")
			.body();
		assertThat(badgeCount(page)).isEqualTo("3");
		assertThat(page).contains("id=\"cart-badge-subtotal\">18.45 EUR<");
	}

	@Test
	void searchResultsShowThumbnailsAndPageBackAndForth() throws IOException {
		WebSession visitor = new WebSession(baseUrl());
		Matcher firstHit = Pattern.compile("/marketplace/products/([0-9]+)")
			.matcher(visitor.get("/marketplace?market=CN&sort=NEWEST").body());
		assertThat(firstHit.find()).isTrue();
		long product = Long.parseLong(firstHit.group(1));
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		long imageId = images.add(null, product, png.toByteArray()).id();

		String first = visitor.get("/marketplace?market=CN&sort=NEWEST").body();
		assertThat(Integer.parseInt(found(first))).as("enough products for two pages").isGreaterThan(24);
		assertThat(first).contains("src=\"/api/v1/catalog/images/" + imageId + "?thumbnail=true\"")
			.contains("Page 1 of")
			.doesNotContain("id=\"previous-page\"");
		String second = visitor.get(href(first, "next-page")).body();
		assertThat(second).contains("Page 2 of").contains("id=\"first-page\"");
		String back = visitor.get(href(second, "previous-page")).body();
		assertThat(back).contains("Page 1 of").doesNotContain("id=\"previous-page\"");
		assertThat(visitor.get(href(first, "next-page") + "&lang=zh-CN").body()).contains("第 2 页");
	}

	private static String found(String html) {
		Matcher matcher = Pattern.compile("([0-9]+) products").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String badgeCount(String html) {
		Matcher matcher = Pattern.compile("id=\"cart-count\">([0-9]+)<").matcher(html);
		assertThat(matcher.find()).as("a cart badge").isTrue();
		return matcher.group(1);
	}

	private static String href(String html, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"" + id + "\"")
			.matcher(html);
		assertThat(matcher.find()).as(id).isTrue();
		return (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).replace("&amp;", "&");
	}

}

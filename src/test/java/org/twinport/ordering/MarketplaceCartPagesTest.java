package org.twinport.ordering;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product page's "Add to cart": for a visitor the browser keeps the line (see the
 * browser test), for a signed-in buyer it goes to the account's cart.
 */
class MarketplaceCartPagesTest extends IntegrationTest {

	@Test
	void aProductPageOffersItsVariantsForTheMarketAndABuyerAddsToTheCart() {
		var fixtures = new OrderingFixtures(api(), jdbc, accounts, tokenFor(Role.ADMIN));
		long variant = fixtures.variant("cn-jinan-sample-pingyin-rose", "48.00", 10);
		long product = jdbc.sql("select product_id from catalog.variant where id = :v")
			.param("v", variant)
			.query(Long.class)
			.single();
		String path = "/marketplace/products/" + product;

		HttpResponse<String> anonymous = new WebSession(baseUrl()).get(path + "?market=FI");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).contains("Rose tea")
			.contains("value=\"" + variant + "\"")
			.contains("size: 100 g")
			.contains("data-anonymous-cart=\"true\"")
			.contains("Add to cart")
			.contains("/js/cart.js");
		assertThat(new WebSession(baseUrl()).get(path + "?market=US").body()).as("not sold in the US")
			.contains("not offered")
			.doesNotContain("id=\"add-to-cart\"");
		assertThat(new WebSession(baseUrl()).get(path + "?market=FI&lang=zh-CN").body()).contains("玫瑰花茶")
			.contains("加入购物车");
		assertThat(new WebSession(baseUrl()).get("/marketplace/products/999999999").statusCode()).isEqualTo(404);

		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		assertThat(buyer.get(path).body()).contains("data-anonymous-cart=\"false\"");
		HttpResponse<String> zero = buyer.postForm("/cart/lines", "variantId=" + variant + "&quantity=0");
		assertThat(zero.statusCode()).isEqualTo(400);
		assertThat(zero.body()).contains("quantity");
		HttpResponse<String> added = buyer.postForm("/cart/lines", "variantId=" + variant + "&quantity=2");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location").orElseThrow()).contains("/cart?added=");
		assertThat(buyer.get("/cart?added=" + variant).body()).contains("Added to your cart").contains("Rose tea");
		// The delivery country is picked by name, and starts on the market chosen for the cart.
		assertThat(buyer.postForm("/cart", "market=FI&currency=EUR").statusCode()).isEqualTo(302);
		String cart = buyer.get("/cart").body();
		String country = cart.substring(cart.indexOf("<select id=\"country\""));
		assertThat(country.substring(0, country.indexOf("</select>")))
			.contains("<option value=\"FI\" selected=\"selected\">Finland</option>")
			.contains("<option value=\"GB\">United Kingdom</option>");
		assertThat(cart).doesNotContain("maxlength=\"2\"");
		assertThat(buyer.postForm("/cart/lines/" + variant, "quantity=5").statusCode()).isEqualTo(302);
		assertThat(jdbc
			.sql("select l.quantity from ordering.cart_line l join ordering.cart c on c.id = l.cart_id "
					+ "join identity.account a on a.id = c.account_id where a.username = :u and l.variant_id = :v")
			.param("u", usernameFor(Role.BUYER))
			.param("v", variant)
			.query(Integer.class)
			.single()).isEqualTo(5);
		buyer.postForm("/cart/lines/" + variant + "/remove", "");
		HttpResponse<String> languageSwitchOnReview = buyer.get("/checkout/review?lang=zh-CN");
		assertThat(languageSwitchOnReview.statusCode()).as("a GET of the review goes back to the cart").isEqualTo(302);
		assertThat(languageSwitchOnReview.headers().firstValue("Location").orElseThrow()).endsWith("/cart");

		WebSession merchant = WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT));
		assertThat(merchant.get(path).body()).contains("Only buyer accounts").doesNotContain("id=\"add-to-cart\"");
	}

	@Test
	void theMarketplaceListingLinksEachProductToItsPage() {
		String listing = new WebSession(baseUrl()).get("/marketplace?market=FI").body();
		assertThat(listing).contains("href=\"/marketplace/products/").contains("Choose and add to cart");
	}

}

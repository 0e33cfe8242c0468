package org.twinport.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The merchant's product editor over real HTTP, as a browser posts it: create with texts,
 * market prices and variants, fix errors shown beside their fields with nothing written,
 * edit, stock per warehouse, images; and another merchant's product is never reached.
 */
class ProductEditorPagesTest extends IntegrationTest {

	private static final Pattern PRODUCT_URL = Pattern.compile("/merchant/products/(\\d+)$");

	@Autowired
	MerchantManagement merchants;

	@org.junit.jupiter.api.BeforeEach
	void indexHasTheSamples() {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> api().get("/api/v1/catalog/search?q=wok").json().get("total").asLong() >= 2);
	}

	private WebSession merchant() {
		return WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT));
	}

	static Map<String, String> fields(String sku) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("sku", sku);
		fields.put("categoryCode", "tea");
		fields.put("status", "ACTIVE");
		fields.put("defaultLang", "en");
		fields.put("texts.en.title", "Longjing green tea " + sku + " (editor test)");
		fields.put("texts.en.description", "Pan-fired spring tea.");
		fields.put("texts.ja.title", "龍井茶 " + sku);
		fields.put("texts.zh.title", "");
		fields.put("attributes", "harvest: spring 2026");
		fields.put("hsCode", "090210");
		fields.put("originCountry", "cn");
		fields.put("weightGrams", "250");
		fields.put("dimensions.lengthMm", "120");
		fields.put("basePrice", "78.00");
		fields.put("markets", "FI, JP");
		fields.put("marketPrices[0].country", "");
		fields.put("marketPrices[0].amount", "");
		fields.put("marketPrices[1].country", "JP");
		fields.put("marketPrices[1].amount", "156.00");
		fields.put("variants[0].sku", sku + "-50G");
		fields.put("variants[0].options", "size: 50 g");
		fields.put("variants[0].price", "");
		fields.put("variants[0].onHand", "5");
		fields.put("variants[1].sku", sku + "-100G");
		fields.put("variants[1].options", "size: 100 g");
		fields.put("variants[1].price", "140.00");
		fields.put("variants[1].weightGrams", "110");
		fields.put("variants[1].onHand", "0");
		return fields;
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static long created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		Matcher matcher = PRODUCT_URL.matcher(response.headers().firstValue("Location").orElse(""));
		assertThat(matcher.find()).as(response.headers().toString()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void aMerchantCreatesAProductWithVariantsAndMarketPricesAndEditsIt() {
		WebSession session = merchant();
		assertThat(session.get("/merchant/products/new").body()).contains("id=\"f-texts.ja.title\"")
			.contains("id=\"f-variants[0].sku\"");
		assertThat(session.get("/merchant/products/new?lang=zh-CN").body()).contains("新建商品").contains("海关与物流");
		session.get("/merchant/products?lang=en");
		String sku = "ED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long id = created(session.postForm("/merchant/products", form(fields(sku))));

		assertThat(jdbc.sql("select count(*) from catalog.variant where product_id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select amount from catalog.market_price where product_id = :p and country_code = 'JP'")
			.param("p", id)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("156.00");
		assertThat(jdbc
			.sql("select origin_country || ' ' || hs_code || ' ' || length_mm from catalog.product where id = :p")
			.param("p", id)
			.query(String.class)
			.single()).isEqualTo("CN 090210 120");
		String page = session.get("/merchant/products/" + id).body();
		assertThat(page).contains(sku + "-50G").contains(sku + "-100G").contains("78.00 CNY");

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> api().get("/api/v1/catalog/search?q=" + sku + "&market=JP").json().get("total").asLong() == 1);

		String edit = session.get("/merchant/products/" + id + "/edit").body();
		assertThat(edit).contains("value=\"" + sku + "-100G\"").contains("value=\"156.00\"").contains("龍井茶");
		Map<String, String> changed = fields(sku);
		changed.put("texts.en.title", "Longjing green tea " + sku + " renamed");
		changed.remove("variants[0].sku");
		changed.remove("variants[0].options");
		HttpResponse<String> saved = session.postForm("/merchant/products/" + id, form(changed));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(jdbc.sql("select title from catalog.product_text where product_id = :p and lang = 'en'")
			.param("p", id)
			.query(String.class)
			.single()).endsWith("renamed");
		assertThat(jdbc.sql("select string_agg(sku, ',') from catalog.variant where product_id = :p")
			.param("p", id)
			.query(String.class)
			.single()).isEqualTo(sku + "-100G");
	}

	@Test
	void aChineseReaderIsRefusedInChinese() {
		WebSession session = merchant();
		assertThat(session.get("/merchant/products/new?lang=zh").statusCode()).isEqualTo(200);
		String sku = "ZH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, String> badHs = fields(sku);
		badHs.put("hsCode", "12");
		HttpResponse<String> refused = session.postForm("/merchant/products", form(badHs));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"e-hsCode\"")
			.contains("必须是 6 到 10 位数字")
			.doesNotContain("catalog.problem.hsCode");
	}

	@Test
	void errorsAreShownBesideTheirFieldsAndNothingIsWritten() {
		WebSession session = merchant();
		String sku = "ER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, String> badHs = fields(sku);
		badHs.put("hsCode", "12");
		HttpResponse<String> refused = session.postForm("/merchant/products", form(badHs));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"e-hsCode\"")
			.contains("must be 6 to 10 digits")
			.contains("aria-invalid=\"true\"")
			.contains("value=\"" + sku + "-100G\"");

		Map<String, String> repeated = fields(sku);
		repeated.put("variants[1].sku", sku + "-50G");
		HttpResponse<String> twice = session.postForm("/merchant/products", form(repeated));
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(twice.body()).contains("id=\"e-variants[1].sku\"").contains("is repeated");

		Map<String, String> badPrice = fields(sku);
		badPrice.put("marketPrices[1].amount", "12.345");
		assertThat(session.postForm("/merchant/products", form(badPrice)).body())
			.contains("id=\"e-marketPrices[0].amount\"");

		Map<String, String> badCountry = fields(sku);
		badCountry.put("marketPrices[1].country", "XX");
		assertThat(session.postForm("/merchant/products", form(badCountry)).body())
			.contains("id=\"e-marketPrices[0].country\"");

		Map<String, String> noTitle = fields(sku);
		noTitle.put("texts.en.title", "");
		noTitle.put("texts.ja.title", "");
		assertThat(session.postForm("/merchant/products", form(noTitle)).body()).contains("id=\"e-texts.en.title\"");

		assertThat(jdbc.sql("select count(*) from catalog.product where sku = :s")
			.param("s", sku)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from catalog.variant where sku like :s")
			.param("s", sku + "%")
			.query(Long.class)
			.single()).isZero();

		// An edit refused half-way (the second variant is bad) leaves the product as it
		// was.
		long id = created(session.postForm("/merchant/products", form(fields(sku))));
		Map<String, String> halfBad = fields(sku);
		halfBad.put("texts.en.title", "Should not be saved");
		halfBad.put("variants[1].price", "-1");
		HttpResponse<String> edit = session.postForm("/merchant/products/" + id, form(halfBad));
		assertThat(edit.statusCode()).isEqualTo(400);
		assertThat(edit.body()).contains("id=\"e-variants[1].price\"");
		assertThat(jdbc.sql("select title from catalog.product_text where product_id = :p and lang = 'en'")
			.param("p", id)
			.query(String.class)
			.single()).doesNotContain("Should not be saved");
	}

	@Test
	void textsInALanguageTheFormDoesNotOfferAreKeptWhenEditing() {
		WebSession session = merchant();
		String sku = "FR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, String> french = fields(sku);
		french.put("texts.fr.title", "Thé vert " + sku);
		long id = created(session.postForm("/merchant/products", form(french)));
		String edit = session.get("/merchant/products/" + id + "/edit").body();
		assertThat(edit).contains("id=\"f-texts.fr.title\"").contains("Thé vert " + sku);
		Map<String, String> again = fields(sku);
		again.put("texts.fr.title", "Thé vert " + sku);
		again.put("texts.en.title", "Renamed " + sku);
		assertThat(session.postForm("/merchant/products/" + id, form(again)).statusCode()).isEqualTo(302);
		assertThat(
				jdbc.sql("select string_agg(lang, ',' order by lang) from catalog.product_text where product_id = :p")
					.param("p", id)
					.query(String.class)
					.single())
			.isEqualTo("en,fr,ja");
	}

	@Test
	void stockIsSetPerWarehouseForEveryVariant() {
		WebSession session = merchant();
		String sku = "ST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long id = created(session.postForm("/merchant/products", form(fields(sku))));
		String page = session.get("/merchant/products/" + id).body();
		long variant = jdbc.sql("select id from catalog.variant where sku = :s")
			.param("s", sku + "-100G")
			.query(Long.class)
			.single();
		assertThat(page).contains("id=\"on-hand-" + variant + "-main\"");
		HttpResponse<String> set = session.postForm("/merchant/products/" + id + "/stock",
				"variantId=" + variant + "&warehouse=main&onHand=12");
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select on_hand from catalog.stock where variant_id = :v")
			.param("v", variant)
			.query(Integer.class)
			.single()).isEqualTo(12);
		HttpResponse<String> negative = session.postForm("/merchant/products/" + id + "/stock",
				"variantId=" + variant + "&warehouse=main&onHand=-3");
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(negative.body()).contains("id=\"e-stock\"").contains("whole number");

		String warehouse = "bonded-" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(session
			.postForm("/merchant/products/" + id + "/warehouses", "code=" + warehouse + "&kind=BONDED&countryCode=cn")
			.statusCode()).isEqualTo(302);
		assertThat(session.get("/merchant/products/" + id).body())
			.contains("id=\"on-hand-" + variant + "-" + warehouse + "\"");
		HttpResponse<String> badWarehouse = session.postForm("/merchant/products/" + id + "/warehouses",
				"code=Not+Valid&kind=BONDED&countryCode=CN");
		assertThat(badWarehouse.statusCode()).isEqualTo(400);
		assertThat(badWarehouse.body()).contains("id=\"e-warehouse\"").contains("lower-case");
	}

	@Test
	void aVariantBecomesABundleOfTheMerchantsOtherVariantsTypedBySku() {
		WebSession session = merchant();
		String set = "GS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String tea = "GT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long setProduct = created(session.postForm("/merchant/products", form(fields(set))));
		created(session.postForm("/merchant/products", form(fields(tea))));
		long bundle = jdbc.sql("select id from catalog.variant where sku = :s")
			.param("s", set + "-100G")
			.query(Long.class)
			.single();
		String path = "/merchant/products/" + setProduct + "/bundles";
		HttpResponse<String> saved = session.postForm(path,
				"variantId=" + bundle + "&components=" + encode(tea + "-50G 2\r\n\r\n" + tea + "-100G 1"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(components(bundle)).isEqualTo(2);
		assertThat(session.get("/merchant/products/" + setProduct).body()).contains("id=\"components-" + bundle + "\"")
			.contains(tea + "-50G 2");

		HttpResponse<String> unknown = session.postForm(path,
				"variantId=" + bundle + "&components=" + encode(tea + "-50G 2\nNO-SUCH-SKU 1"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("id=\"e-bundle\"").contains("line 2").contains("NO-SUCH-SKU");
		HttpResponse<String> malformed = session.postForm(path, "variantId=" + bundle + "&components=" + encode("tea"));
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("line 1");
		assertThat(components(bundle)).as("a refused form changes nothing").isEqualTo(2);

		assertThat(session.postForm(path, "variantId=" + bundle + "&components=").statusCode()).isEqualTo(302);
		assertThat(components(bundle)).isZero();
	}

	private int components(long bundle) {
		return jdbc.sql("select count(*) from catalog.variant_component where bundle_variant_id = :v")
			.param("v", bundle)
			.query(Integer.class)
			.single();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void imagesAreUploadedPreviewedAsThumbnailsAndDeleted() throws Exception {
		WebSession session = merchant();
		String sku = "IM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, String> draft = fields(sku);
		draft.put("status", "DRAFT");
		long id = created(session.postForm("/merchant/products", form(draft)));
		HttpResponse<String> uploaded = session.postMultipart("/merchant/products/" + id + "/images", Map.of(), "file",
				"tea.png", "image/png", png(800, 600));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		long image = jdbc.sql("select id from catalog.product_image where product_id = :p")
			.param("p", id)
			.query(Long.class)
			.single();
		assertThat(session.get("/merchant/products/" + id).body())
			.contains("/merchant/products/" + id + "/images/" + image + "?thumbnail=true");
		// A draft is not public, but its merchant previews the thumbnail.
		HttpResponse<byte[]> thumbnail = session
			.getBytes("/merchant/products/" + id + "/images/" + image + "?thumbnail=true");
		assertThat(thumbnail.statusCode()).isEqualTo(200);
		assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(320);
		assertThat(api().get("/api/v1/catalog/images/" + image).status()).isEqualTo(404);

		HttpResponse<String> svg = session.postMultipart("/merchant/products/" + id + "/images", Map.of(), "file",
				"x.png", "image/png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
		assertThat(svg.statusCode()).isEqualTo(400);
		assertThat(svg.body()).contains("id=\"e-file\"").contains("SVG and HTML are refused");

		Path directory = HOME.resolve("images").resolve(Long.toString(id));
		try (var files = Files.list(directory)) {
			assertThat(files.count()).isEqualTo(2);
		}
		assertThat(session.postForm("/merchant/products/" + id + "/images/" + image + "/delete", "").statusCode())
			.isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from catalog.product_image where product_id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isZero();
		try (var files = Files.list(directory)) {
			assertThat(files.count()).isZero();
		}
	}

	@Test
	void aMerchantNeverReachesAnotherMerchantsProductWhileAdminReachesAll() throws Exception {
		long others = jdbc
			.sql("select p.id from catalog.product p join catalog.merchant m on m.id = p.merchant_id "
					+ "where m.code = 'cn-jinan-sample-pingyin-rose' order by p.id limit 1")
			.query(Long.class)
			.single();
		String before = jdbc.sql("select updated_at::text from catalog.product where id = :p")
			.param("p", others)
			.query(String.class)
			.single();
		WebSession session = merchant();
		assertThat(session.get("/merchant/products/" + others).statusCode()).isEqualTo(404);
		assertThat(session.get("/merchant/products/" + others + "/edit").statusCode()).isEqualTo(404);
		assertThat(session.postForm("/merchant/products/" + others, form(fields("HIJACK-1"))).statusCode())
			.isEqualTo(404);
		assertThat(session
			.postMultipart("/merchant/products/" + others + "/images", Map.of(), "file", "a.png", "image/png",
					png(10, 10))
			.statusCode()).isEqualTo(404);
		assertThat(session.postForm("/merchant/products/" + others + "/stock", "variantId=1&warehouse=main&onHand=1")
			.statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select updated_at::text from catalog.product where id = :p")
			.param("p", others)
			.query(String.class)
			.single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from catalog.product_image where product_id = :p")
			.param("p", others)
			.query(Long.class)
			.single()).isZero();

		WebSession admin = WebSession.signedIn(baseUrl(), usernameFor(Role.ADMIN), passwordFor(Role.ADMIN));
		assertThat(admin.get("/merchant/products/" + others + "/edit").statusCode()).isEqualTo(200);
		String sku = "AD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, String> forOther = fields(sku);
		HttpResponse<String> noMerchant = admin.postForm("/merchant/products", form(forOther));
		assertThat(noMerchant.statusCode()).isEqualTo(400);
		assertThat(noMerchant.body()).contains("id=\"e-merchantId\"");
		long rose = jdbc.sql("select id from catalog.merchant where code = 'cn-jinan-sample-pingyin-rose'")
			.query(Long.class)
			.single();
		forOther.put("merchantId", Long.toString(rose));
		long id = created(admin.postForm("/merchant/products", form(forOther)));
		assertThat(jdbc.sql("select merchant_id from catalog.product where id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isEqualTo(rose);
		assertThat(session.get("/merchant/products/" + id + "/edit").statusCode()).isEqualTo(404);
	}

	@Test
	void aNewProductIsSavedWithItsFirstVariantAndStockOrNotAtAll() {
		WebSession session = merchant();
		String sku = "ON-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, String> oneRow = fields(sku);
		oneRow.keySet().removeIf(field -> field.startsWith("variants["));
		oneRow.put("variants[0].sku", "");
		oneRow.put("variants[0].options", "size: 250 g");
		oneRow.put("variants[0].onHand", "");
		HttpResponse<String> noStock = session.postForm("/merchant/products", form(oneRow));
		assertThat(noStock.statusCode()).isEqualTo(400);
		assertThat(noStock.body()).contains("id=\"e-variants[0].onHand\"")
			.contains("Say how many units you have in stock")
			.contains("value=\"size: 250 g\"")
			.contains("value=\"Longjing green tea " + sku + " (editor test)\"");
		assertThat(jdbc.sql("select count(*) from catalog.product where sku = :s").param("s", sku).query(Long.class)
			.single()).isZero();

		Map<String, String> noVariant = fields(sku);
		noVariant.keySet().removeIf(field -> field.startsWith("variants["));
		assertThat(session.postForm("/merchant/products?lang=zh-CN", form(noVariant)).body())
			.contains("id=\"e-variants[0].onHand\"")
			.contains("请填写库存数量");

		// The variant without a SKU takes the product's; its stock goes to the merchant's warehouse.
		oneRow.put("variants[0].onHand", "25");
		long id = created(session.postForm("/merchant/products?lang=en", form(oneRow)));
		assertThat(jdbc.sql("""
				select v.sku || ' ' || w.code || ' ' || s.on_hand from catalog.variant v
				join catalog.stock s on s.variant_id = v.id join catalog.warehouse w on w.id = s.warehouse_id
				where v.product_id = :p""").param("p", id).query(String.class).single()).isEqualTo(sku + " main 25");
		String page = session.get("/merchant/products/" + id).body();
		assertThat(page).contains("id=\"view-public\"").contains(">As buyers see it<").doesNotContain("buyer-visibility");
		// The edit form does not carry stock: stock is kept per warehouse on the product page.
		assertThat(session.get("/merchant/products/" + id + "/edit").body()).doesNotContain("onHand");
	}

	@Test
	void theProductPageSaysPlainlyWhatBuyersNeedBeforeTheySeeIt() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long pending = merchants.register("gb-coventry-pending-" + suffix, "Pending test Ltd",
				Map.of("en", "Pending test " + suffix), placeId("gb-coventry"), "GB", "GBP", false, false);
		WebSession admin = WebSession.signedIn(baseUrl(), usernameFor(Role.ADMIN), passwordFor(Role.ADMIN));
		Map<String, String> fields = fields("PE-" + suffix.toUpperCase());
		fields.put("merchantId", Long.toString(pending));
		fields.put("basePrice", "8.00");
		fields.remove("marketPrices[1].country");
		fields.remove("marketPrices[1].amount");
		long id = created(admin.postForm("/merchant/products?lang=en", form(fields)));
		String page = admin.get("/merchant/products/" + id).body();
		assertThat(page).contains("Buyers see this product once the office has verified your business.")
			.doesNotContain("id=\"view-public\"")
			.doesNotContain("needs a verified merchant");
		// a warehouse is added in a country picked by name, the merchant's own chosen first
		assertThat(page).contains("<option value=\"GB\" selected=\"selected\">United Kingdom</option>");
		assertThat(admin.get("/merchant/products/" + id + "?lang=zh-CN").body()).contains("办公室认证您的企业后，买家才能看到该商品。");
	}

	static byte[] png(int width, int height) throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}

package org.twinport.catalog;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ADMIN's catalog pages over real HTTP: merchant verification (which shows and hides the
 * merchant's products), the category tree with names per language, FX rate sets.
 */
class CatalogAdminPagesTest extends IntegrationTest {

	@Autowired
	MerchantManagement merchants;

	@Autowired
	ProductManagement products;

	private WebSession admin() {
		return WebSession.signedIn(baseUrl(), usernameFor(Role.ADMIN), passwordFor(Role.ADMIN));
	}

	@Test
	void adminVerifiesAndSuspendsAMerchantOnThePage() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long merchant = merchants.register("gb-coventry-admin-test-" + suffix, "Admin page test Ltd",
				Map.of("en", "Admin page test " + suffix), placeId("gb-coventry"), "GB", "GBP", false, false);
		merchants.addWarehouse(merchant, "main", "DOMESTIC", "GB");
		String sku = "VER-" + suffix.toUpperCase();
		products.create(merchant,
				new ProductDraft(sku, null, "en", Map.of("en", new ProductDraft.Text("Coventry ribbon " + sku, "")),
						null, "580610", "GB", 20, null, org.twinport.shared.Money.of("5.00", "GBP"),
						ProductStatus.ACTIVE, java.util.List.of("FI"), null,
						java.util.List.of(new ProductDraft.VariantDraft(sku + "-1", Map.of(), null, null, 4))));
		WebSession admin = admin();
		assertThat(admin.get("/manage/merchants?lang=zh-CN").body()).contains("只有已认证商家的商品对买家可见");
		assertThat(admin.get("/manage/fx").body()).contains("ECB");
		String page = admin.get("/manage/merchants?lang=en").body();
		assertThat(page).contains("Admin page test " + suffix).contains("id=\"v-" + merchant + "\"");
		assertThat(api().get("/api/v1/catalog/search?q=" + sku).json().get("total").asLong()).isZero();

		assertThat(
				admin.postForm("/manage/merchants/" + merchant + "/verification", "verification=VERIFIED").statusCode())
			.isEqualTo(302);
		assertThat(merchants.merchant(merchant).verification()).isEqualTo(Verification.VERIFIED);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> api().get("/api/v1/catalog/search?q=" + sku).json().get("total").asLong() == 1);

		assertThat(admin.postForm("/manage/merchants/" + merchant + "/verification", "verification=SUSPENDED")
			.statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> api().get("/api/v1/catalog/search?q=" + sku).json().get("total").asLong() == 0);
		assertThat(
				admin.postForm("/manage/merchants/" + merchant + "/verification", "verification=NONSENSE").statusCode())
			.isEqualTo(400);
		assertThat(merchants.merchant(merchant).verification()).isEqualTo(Verification.SUSPENDED);

		WebSession merchantSession = WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT),
				passwordFor(Role.MERCHANT));
		assertThat(merchantSession.get("/manage/merchants").statusCode()).isEqualTo(403);
		assertThat(merchantSession.postForm("/manage/merchants/" + merchant + "/verification", "verification=VERIFIED")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void adminDefinesCategoriesInATreeWithNamesPerLanguage() {
		String code = "test-teaware-" + UUID.randomUUID().toString().substring(0, 8);
		WebSession admin = admin();
		HttpResponse<String> saved = admin.postForm("/manage/categories", "code=" + code
				+ "&parentCode=tea&names.en=Teaware&names.zh=%E8%8C%B6%E5%85%B7&names.more=ja%3A+%E8%8C%B6%E5%99%A8");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		Categories.Category category = jdbc.sql("select names::text from catalog.category where code = :c")
			.param("c", code)
			.query((rs, row) -> new Categories.Category(0, code, null, Map.of("raw", rs.getString(1))))
			.single();
		assertThat(category.names().get("raw")).contains("茶具").contains("茶器").contains("Teaware");
		String tree = admin.get("/manage/categories").body();
		assertThat(tree.indexOf(code)).isGreaterThan(tree.indexOf(">tea<"));
		assertThat(admin.get("/manage/categories?lang=zh-CN").body()).contains("茶具");

		HttpResponse<String> noName = admin.postForm("/manage/categories", "code=" + code + "-x&names.en=");
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(noName.body()).contains("id=\"e-names.en\"");
		HttpResponse<String> cycle = admin.postForm("/manage/categories",
				"code=tea&parentCode=" + code + "&names.en=Tea");
		assertThat(cycle.statusCode()).isEqualTo(400);
		// the session reads Chinese since ?lang=zh-CN above: so do its refusals
		assertThat(cycle.body()).contains("id=\"e-parentCode\"")
			.contains("不能是该类目自己的子类目")
			.doesNotContain("catalog.problem");
		assertThat(jdbc
			.sql("select p.code from catalog.category c left join catalog.category p on p.id = c.parent_id "
					+ "where c.code = 'tea'")
			.query(String.class)
			.single()).isEqualTo("food");
	}

	@Test
	void adminUploadsAnEcbCsvAndSeesTheSetsWithSourceAndDemoMark() {
		// Old dates, so that the set in use for every other test stays the latest;
		// removed
		// at the end, as other modules convert past months with the set of their date.
		String source = "ECB page test " + UUID.randomUUID().toString().substring(0, 8);
		try {
			importAndList(source);
		}
		finally {
			jdbc.sql("delete from catalog.fx_rate_set where source like :s").param("s", source + "%").update();
		}
	}

	private void importAndList(String source) {
		String csv = "Date,USD,JPY,CNY\n1999-01-05,1.1790,130.96,9.7600\n1999-01-04,1.1789,133.73,9.7588\n";
		WebSession admin = admin();
		HttpResponse<String> uploaded = admin.postMultipart("/manage/fx", Map.of("source", source, "demo", "true"),
				"file", "eurofxref.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String page = admin.get("/manage/fx").body();
		assertThat(page).contains(source).contains("1999-01-05").contains("1999-01-04");
		assertThat(jdbc.sql("select count(*) from catalog.fx_rate_set where source = :s and demo")
			.param("s", source)
			.query(Long.class)
			.single()).isEqualTo(2);
		var sets = api().get("/api/v1/catalog/fx/sets", tokenFor(Role.ADMIN)).json();
		java.util.List<String> sources = new java.util.ArrayList<>();
		sets.forEach(set -> sources.add(set.get("source").asString()));
		assertThat(sources).contains(source);
		assertThat(sets.get(0).get("rateDate").asString()).isNotEqualTo("1999-01-05");

		HttpResponse<String> bad = admin.postMultipart("/manage/fx", Map.of("source", source + " bad"), "file",
				"bad.csv", "text/csv", "Date,USD\nyesterday,abc\n".getBytes(StandardCharsets.UTF_8));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"e-file\"");
		assertThat(jdbc.sql("select count(*) from catalog.fx_rate_set where source = :s")
			.param("s", source + " bad")
			.query(Long.class)
			.single()).isZero();
	}

}

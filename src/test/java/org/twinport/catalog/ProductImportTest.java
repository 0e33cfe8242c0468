package org.twinport.catalog;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProductImportTest extends IntegrationTest {

	private static final String CSV = """
			Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Price,Status,HS Code,Origin Country,Markets,Category,Title (zh),Title (ru),Variant Inventory Qty
			imp-jasmine,Jasmine tea (import test),"Tea, scented with jasmine",Test,Size,100 g,IMP-JAS-100,100,30.00,active,090210,CN,FI DE,tea,茉莉花茶（导入测试）,Жасминовый чай,12
			imp-jasmine,,,,,200 g,IMP-JAS-200,200,55.00,,,,,,,,0
			imp-bad,Bad HS code (import test),,Test,,,IMP-BAD-1,100,10.00,active,12,CN,FI,tea,,,3
			imp-formula,=HYPERLINK(""http://example.invalid"") (import test),,Test,,,IMP-F-1,100,12.50,active,090230,CN,FI,,,,
			""";

	@Test
	void importKeepsGoodRowsReportsBadOnesAndIsIdempotent() {
		String merchant = tokenFor(Role.MERCHANT);
		JsonNode job = run(merchant);
		assertThat(job.get("productsSaved").asInt()).isEqualTo(2);
		assertThat(job.get("rowsRejected").asInt()).isEqualTo(1);
		Response errors = api().get("/api/v1/catalog/imports/" + job.get("id").asString() + "/errors", merchant);
		assertThat(errors.contentType()).startsWith("text/csv");
		assertThat(errors.body()).contains("4,imp-bad,hsCode: must be 6 to 10 digits");
		long before = count();
		run(merchant);
		assertThat(count()).isEqualTo(before);
		assertThat(
				jdbc.sql("select count(*) from catalog.variant where sku like 'IMP-JAS-%'").query(Long.class).single())
			.isEqualTo(2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> api().get("/api/v1/catalog/search?q=%E8%8C%89%E8%8E%89&market=FI")
				.json()
				.get("total")
				.asLong() == 1);
	}

	@Test
	void exportUsesTheSameColumnsAndNoCellStartsAFormula() {
		String merchant = tokenFor(Role.MERCHANT);
		run(merchant);
		String csv = api().get("/api/v1/catalog/export", merchant).body();
		assertThat(csv).startsWith("Handle,Title,Body (HTML)");
		assertThat(csv).contains("imp-jasmine,Jasmine tea (import test)").contains("'=HYPERLINK");
		for (String line : csv.split("\r\n")) {
			for (String cell : line.split(",")) {
				String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(bare).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
				assertThat(bare.isEmpty() || bare.charAt(0) != '-').isTrue();
			}
		}
	}

	@Test
	void anotherMerchantsImportIsNotFoundAndAMissingColumnIsRefused() {
		String merchant = tokenFor(Role.MERCHANT);
		assertThat(api().post("/api/v1/catalog/imports", "Handle,Title\nx,y\n", merchant).body())
			.contains("has no column");
		assertThat(api().get("/api/v1/catalog/imports/unknown", merchant).status()).isEqualTo(404);
	}

	@Test
	void aRowWithControlCharactersIsRejectedNamingItsColumnNotFailedInTheDatabase() {
		String merchant = tokenFor(Role.MERCHANT);
		String csv = CSV.lines().findFirst().orElseThrow() + "\n"
				+ "imp-nul,Tea\u0000 (import test),,Test,,,IMP-NUL-1,100,10.00,active,090230,CN,FI,tea,,\n";
		JsonNode job = run(merchant, csv);
		assertThat(job.get("rowsRejected").asInt()).isEqualTo(1);
		assertThat(job.get("productsSaved").asInt()).isZero();
		Response errors = api().get("/api/v1/catalog/imports/" + job.get("id").asString() + "/errors", merchant);
		assertThat(errors.body()).contains("2,", "Title must not contain control characters (U+0000")
			.doesNotContain("Exception");
	}

	@Test
	void aControlCharacterInACellPastTheHeaderNamesItsColumnByNumberInTheReadersLanguage() {
		String merchant = tokenFor(Role.MERCHANT);
		String header = CSV.lines().findFirst().orElseThrow();
		int past = header.split(",").length + 1;
		String csv = header + "\n"
				+ "imp-extra,Tea (import test),,Test,,,IMP-EXTRA-1,100,10.00,active,090230,CN,FI,tea,,,1,x\u0007\n";
		Response started = api().send("POST", "/api/v1/catalog/imports", csv, merchant, "Accept-Language", "zh");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		JsonNode job = finished(started.json().get("id").asString(), merchant);
		assertThat(job.get("rowsRejected").asInt()).isEqualTo(1);
		Response errors = api().get("/api/v1/catalog/imports/" + job.get("id").asString() + "/errors", merchant);
		assertThat(errors.body()).contains("第 " + past + " 列不能包含控制字符（第 2 个字符为 U+0007）");
	}

	@Test
	void theRejectedLinesAreWordedInTheLanguageOfWhoeverStartedTheImport() {
		String merchant = tokenFor(Role.MERCHANT);
		Response started = api().send("POST", "/api/v1/catalog/imports", CSV, merchant, "Accept-Language", "zh");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		JsonNode job = finished(started.json().get("id").asString(), merchant);
		Response errors = api().get("/api/v1/catalog/imports/" + job.get("id").asString() + "/errors", merchant);
		assertThat(errors.body()).contains("4,imp-bad,hsCode: 必须是 6 到 10 位数字");
	}

	private JsonNode run(String token) {
		return run(token, CSV);
	}

	private JsonNode run(String token, String csv) {
		Response started = api().post("/api/v1/catalog/imports", csv, token);
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		return finished(started.json().get("id").asString(), token);
	}

	private JsonNode finished(String id, String token) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !api().get("/api/v1/catalog/imports/" + id, token)
				.json()
				.get("state")
				.asString()
				.equals("RUNNING"));
		return api().get("/api/v1/catalog/imports/" + id, token).json();
	}

	private long count() {
		return jdbc.sql("select count(*) from catalog.product where sku like 'imp-%'").query(Long.class).single();
	}

}

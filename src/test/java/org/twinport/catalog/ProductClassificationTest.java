package org.twinport.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product's classification is checked against the data: its 6-digit code against HS
 * 2022, each national code against the destination's tariff schedule in force; a refused
 * product or change stores nothing. The editor suggests the national lines under the code.
 */
class ProductClassificationTest extends IntegrationTest {

	@Autowired
	TariffClassification classification;

	/** The bundled schedules, loaded as ADMIN does (a version already loaded is left as it is). */
	@BeforeEach
	void schedulesLoaded() {
		for (String market : new String[] { "US", "GB", "EU", "JP" }) {
			Response loaded = api().post("/api/v1/landed-cost/tariffs?market=" + market, "", tokenFor(Role.ADMIN));
			assertThat(loaded.status()).as(loaded.toString()).isIn(200, 201);
		}
	}

	private static String product(String sku, String hs, String nationalCodes) {
		return """
				{"sku": "%s", "categoryCode": "tea", "texts": {"en": {"title": "Laoshan green tea %s (test)"}},
				 "hsCode": "%s", "originCountry": "CN", "weightGrams": 250,
				 "basePrice": {"amount": "60.00", "currency": "CNY"}, "status": "ACTIVE",
				 "markets": ["US", "GB", "FI", "JP"], "nationalCodes": %s,
				 "variants": [{"sku": "%s-A"}]}""".formatted(sku, sku, hs, nationalCodes, sku);
	}

	private static String sku() {
		return "CL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private long stored(String sku) {
		return jdbc.sql("select count(*) from catalog.product where sku = :sku")
			.param("sku", sku)
			.query(Long.class)
			.single();
	}

	private static void assertRefused(Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.toString())
			.isEqualTo(field);
	}

	@Test
	void aProductCarriesANationalCodePerDestinationFromItsSchedule() {
		String merchant = tokenFor(Role.MERCHANT);
		String sku = sku();
		Response created = api().post("/api/v1/catalog/products", product(sku, "090210", """
				{"US": "0902109050", "GB": "09021000", "FI": "09021000", "JP": "090210000"}"""), merchant);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("nationalCodes").toString())
			.isEqualTo("{\"FI\":\"09021000\",\"GB\":\"09021000\",\"JP\":\"090210000\",\"US\":\"0902109050\"}");
		long id = created.json().get("id").asLong();

		// Replaced with another US line and none for the others.
		Response replaced = api().put("/api/v1/catalog/products/" + id,
				product(sku, "090210", "{\"US\": \"0902101015\"}"), merchant);
		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertThat(api().get("/api/v1/catalog/products/" + id, merchant).json().get("nationalCodes").toString())
			.isEqualTo("{\"US\":\"0902101015\"}");
	}

	@Test
	void aSixDigitCodeOutsideHs2022IsRefusedAndNothingIsStored() {
		String merchant = tokenFor(Role.MERCHANT);
		String sku = sku();
		// 0902.99 is not a subheading; 99 99 99 is Comtrade's placeholder; chapter 77 is reserved.
		for (String hs : new String[] { "090299", "999999", "77000000" }) {
			assertRefused(api().post("/api/v1/catalog/products", product(sku, hs, "{}"), merchant), "hsCode");
		}
		assertThat(stored(sku)).isZero();
		// 8524 (flat panel display modules) is new in HS 2022.
		Response created = api().post("/api/v1/catalog/products", product(sku, "852411", "{}"), merchant);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	@Test
	void aNationalCodeNotInTheScheduleOrNotUnderTheSixDigitsIsRefusedAndNothingIsStored() {
		String merchant = tokenFor(Role.MERCHANT);
		String sku = sku();
		// Not a line of HTS 2026 rev. 10 (0902.10.90 has .15 and .50).
		assertRefused(api().post("/api/v1/catalog/products",
				product(sku, "090210", "{\"GB\": \"09021000\", \"US\": \"0902109099\"}"), merchant), "nationalCodes.US");
		// A real US line, but for black tea (0902.30), not under the product's 0902.10.
		assertRefused(api().post("/api/v1/catalog/products", product(sku, "090210", "{\"US\": \"0902300015\"}"),
				merchant), "nationalCodes.US");
		// Japan's lines have 9 digits; a 10-digit code is none of them.
		assertRefused(api().post("/api/v1/catalog/products", product(sku, "090210", "{\"JP\": \"0902100000\"}"),
				merchant), "nationalCodes.JP");
		// China has no schedule in Twinport: the code could not be checked.
		assertRefused(api().post("/api/v1/catalog/products", product(sku, "090210", "{\"CN\": \"09021000\"}"),
				merchant), "nationalCodes.CN");
		assertRefused(api().post("/api/v1/catalog/products", product(sku, "090210", "{\"US\": \"tea\"}"), merchant),
				"nationalCodes.US");
		assertRefused(api().post("/api/v1/catalog/products", product(sku, "090210", "{\"XX\": \"09021000\"}"),
				merchant), "nationalCodes");
		assertRefused(api().post("/api/v1/catalog/products", product(sku, "090210", "[\"09021000\"]"), merchant),
				"nationalCodes");
		assertThat(stored(sku)).isZero();

		Response created = api().post("/api/v1/catalog/products", product(sku, "090210", "{\"US\": \"0902109050\"}"),
				merchant);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertRefused(api().put("/api/v1/catalog/products/" + id,
				product(sku, "090230", "{\"US\": \"0902109050\"}").replace("Laoshan", "Changed"), merchant),
				"nationalCodes.US");
		JsonNode unchanged = api().get("/api/v1/catalog/products/" + id, merchant).json();
		assertThat(unchanged.get("hsCode").asString()).isEqualTo("090210");
		assertThat(unchanged.get("texts").get("en").get("title").asString()).startsWith("Laoshan");
		assertThat(unchanged.get("nationalCodes").toString()).isEqualTo("{\"US\":\"0902109050\"}");
	}

	@Test
	void theEditorSuggestsEachDestinationsNationalLinesWithDescriptionsAndRates() {
		WebSession merchant = WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT));
		merchant.get("/merchant/products?lang=en");
		String fragment = merchant
			.get("/merchant/products/national-lines?hsCode=090210&markets=" + encode("US, jp, FI, CN")
					+ "&nationalCodes.US=0902109050")
			.body();
		assertThat(fragment).doesNotContain("<html", "??")
			.contains("id=\"national-lines\"")
			.contains("United States: US tariff HTS-2026-rev10", "Finland: EU tariff CET-2020", "Japan: JP tariff JP-2026-07-09")
			.contains("value=\"0902109050\" checked", "value=\"0902109015\"", "value=\"09021000\"")
			.contains("Green tea in immediate packings of &lt;= 3 kg", "duty 3.2%", "duty Free")
			// Japan's schedule describes its lines in Japanese only: shown as they are, marked as Japanese.
			.contains("lang=\"ja\">緑茶（発酵していないもので、正味重量が3キログラム以下の直接包装にしたものに限る。）", "duty 17%")
			.contains("China", "No national tariff schedule: quotes use the 6-digit code.");
		// The 6-digit heading rows of the US file are not national lines.
		assertThat(fragment).doesNotContain("value=\"090210\"");

		merchant.get("/merchant/products?lang=zh-CN");
		String chinese = merchant.get("/merchant/products/national-lines?hsCode=090210&markets=JP").body();
		assertThat(chinese).doesNotContain("??").contains("日本：JP 税则 JP-2026-07-09", "不选：按 6 位编码报价", "关税 17%");

		assertThat(merchant.get("/merchant/products/national-lines?hsCode=09&markets=US").body())
			.contains("id=\"national-lines-empty\"");
	}

	@Test
	void withoutJavaScriptTheFormComesBackWithTheLinesAndIsNotSaved() {
		WebSession merchant = WebSession.signedIn(baseUrl(), usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT));
		merchant.get("/merchant/products?lang=en");
		String sku = sku();
		Map<String, String> fields = ProductEditorPagesTest.fields(sku);
		fields.put("markets", "US, GB");
		fields.put("suggestNationalLines", "true");
		var shown = merchant.postForm("/merchant/products", ProductEditorPagesTest.form(fields));
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("value=\"0902109050\"", "United Kingdom: GB tariff UKGT-2021-01-01")
			.doesNotContain("id=\"form-errors\"");
		assertThat(stored(sku)).isZero();

		fields.remove("suggestNationalLines");
		fields.put("nationalCodes.US", "0902109050");
		fields.put("nationalCodes.GB", "");
		var saved = merchant.postForm("/merchant/products", ProductEditorPagesTest.form(fields));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select string_agg(n.country_code || '=' || n.code, ',') from catalog.product_national_code n
				join catalog.product p on p.id = n.product_id where p.sku = :sku""")
			.param("sku", sku)
			.query(String.class)
			.single()).isEqualTo("US=0902109050");

		fields.put("nationalCodes.US", "0902300015");
		fields.put("sku", sku + "-2");
		fields.put("variants[0].sku", sku + "-2-50G");
		fields.put("variants[1].sku", sku + "-2-100G");
		var refused = merchant.postForm("/merchant/products", ProductEditorPagesTest.form(fields));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"e-nationalCodes.US\"", "must start with the product&#39;s HS code 090210");
		assertThat(stored(sku + "-2")).isZero();
	}

	@Test
	void theDemoCatalogsCodesAreHs2022SubheadingsAndLinesOfTheBundledSchedules() throws Exception {
		JsonNode samples;
		try (var in = new ClassPathResource("demo/catalog-samples.json").getInputStream()) {
			samples = JsonMapper.builder().build().readTree(in);
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		int nationalCodes = 0;
		for (JsonNode product : samples.get("products")) {
			JsonNode draft = product.get("draft");
			String sku = draft.get("sku").asString();
			String hs = draft.get("hsCode").asString();
			assertThat(classification.hsSubheadingExists(hs.substring(0, 6))).as(sku + " " + hs).isTrue();
			if (draft.has("nationalCodes")) {
				for (var entry : draft.get("nationalCodes").properties()) {
					String code = entry.getValue().asString();
					assertThat(code).as(sku).startsWith(hs.substring(0, 6));
					assertThat(classification.nationalLine(entry.getKey(), code, today)).as(sku + " " + entry)
						.isPresent();
					nationalCodes++;
				}
			}
		}
		assertThat(nationalCodes).isGreaterThan(100);
		// the schedules load before the demo, so every sample's national codes are stored
		long stored = jdbc.sql("""
				select count(*) from catalog.product_national_code n join catalog.product p on p.id = n.product_id
				where p.sku in (select jsonb_array_elements(cast(:samples as jsonb))->'draft'->>'sku')""")
			.param("samples", samples.get("products").toString())
			.query(Long.class)
			.single();
		assertThat(stored).isEqualTo(nationalCodes);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

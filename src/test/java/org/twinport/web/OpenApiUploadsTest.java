package org.twinport.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.web.DocumentedClient.FileSample;
import org.twinport.web.DocumentedClient.ImageSample;
import org.twinport.web.DocumentedClient.TextSample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every upload and file download of the API, called only as {@code /v3/api-docs} declares
 * it (see {@link DocumentedClient}), with the role that may call it, on the demo data:
 * a client generated from the document can use each of them.
 */
class OpenApiUploadsTest extends IntegrationTest {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final String CSV = "text/csv";

	@Test
	void rfqAttachmentsAreUploadedAndDownloadedAsDeclared() {
		String merchant = tokenFor(Role.MERCHANT);
		Response rfq = api().post("/api/v1/matchmaking/rfqs", """
				{"product": "Tea tins %s", "hsCode": "7310", "quantity": 500, "unit": "pcs", "incoterm": "FOB",
				 "destination": "JP", "deadline": "%s"}""".formatted(UUID.randomUUID(), LocalDate.now().plusDays(20)),
				merchant);
		assertThat(rfq.status()).as(rfq.toString()).isEqualTo(201);
		String path = "/api/v1/matchmaking/rfqs/" + rfq.json().get("id").asLong();
		try {
			Response uploaded = client(merchant).send("POST", "/api/v1/matchmaking/rfqs/{id}/attachments",
					path + "/attachments", new FileSample("drawing.pdf", PDF));

			assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
			client(merchant).download("/api/v1/matchmaking/rfqs/{id}/attachments/{attachmentId}",
					path + "/attachments/" + uploaded.json().get("id").asLong());
		}
		finally {
			assertThat(api().post(path + "/close", null, merchant).status()).isEqualTo(200);
		}
	}

	@Test
	void partnershipDocumentsAreUploadedAndDownloadedAsDeclared() {
		String office = tokenFor(Role.PARTNER_OFFICE);
		String path = "/api/v1/network/partnerships/" + partnership("gb-coventry") + "/documents";

		Response uploaded = client(office).send("POST", "/api/v1/network/partnerships/{id}/documents", path,
				new FileSample("agreement.pdf", PDF));

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		client(office).download("/api/v1/network/partnerships/{id}/documents/{documentId}",
				path + "/" + uploaded.json().get("id").asLong());
	}

	@Test
	void exchangeAttachmentsAreUploadedAndDownloadedAsDeclared() {
		String admin = tokenFor(Role.ADMIN);
		String path = "/api/v1/exchanges/" + demoExchange() + "/attachments";

		Response uploaded = client(admin).send("POST", "/api/v1/exchanges/{id}/attachments", path,
				new FileSample("programme.pdf", PDF));

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		client(admin).download("/api/v1/exchanges/{id}/attachments/{attachmentId}",
				path + "/" + uploaded.json().get("id").asLong());
	}

	@Test
	void calendarsAreDeclaredAsICalendar() {
		long exchange = demoExchange();
		client(null).download("/api/v1/exchanges/{id}/calendar.ics", "/api/v1/exchanges/" + exchange + "/calendar.ics");
		client(null).download("/api/v1/exchanges/calendar.ics", "/api/v1/exchanges/calendar.ics");
		// The demo data has no meeting session to read an agenda of.
		assertThat(client(null).responseMediaTypes("/api/v1/matchmaking/sessions/{id}/agenda.ics"))
			.containsExactly("text/calendar");
	}

	@Test
	void productImagesAreUploadedAsRawBytesAndDownloadedAsDeclared() {
		String merchant = tokenFor(Role.MERCHANT);
		long product = jdbc
			.sql("select id from catalog.product where status = 'ACTIVE' "
					+ "and merchant_id = (select id from catalog.merchant order by id limit 1) order by id limit 1")
			.query(Long.class)
			.single();
		String path = "/api/v1/catalog/products/" + product + "/images";
		BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(5, 5, 20, 10);
		graphics.dispose();

		Response uploaded = client(merchant).send("POST", "/api/v1/catalog/products/{id}/images", path,
				new ImageSample(picture));

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		long image = uploaded.json().get("id").asLong();
		try {
			client(merchant).download("/api/v1/catalog/products/{id}/images/{imageId}", path + "/" + image);
			client(merchant).download("/api/v1/catalog/products/{id}/images/{imageId}",
					path + "/" + image + "?thumbnail=true");
			client(null).download("/api/v1/catalog/images/{id}", "/api/v1/catalog/images/" + image);
		}
		finally {
			assertThat(api().delete(path + "/" + image, merchant).status()).isEqualTo(204);
		}
	}

	@Test
	void aProductCsvIsImportedAndItsErrorsAndTheExportDownloadedAsDeclared() {
		String merchant = tokenFor(Role.MERCHANT);
		// One line, refused for its HS code: the import runs without changing the catalog.
		String csv = """
				Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Price,Status,HS Code,Origin Country,Markets,Category
				openapi-bad,Bad HS code (OpenAPI test),,Test,,,OPENAPI-BAD-1,100,10.00,active,12,CN,FI,tea
				""";

		Response started = client(merchant).send("POST", "/api/v1/catalog/imports", "/api/v1/catalog/imports",
				new TextSample("products.csv", csv));

		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String job = "/api/v1/catalog/imports/" + started.json().get("id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !api().get(job, merchant).json().get("state").asString().equals("RUNNING"));
		assertThat(api().get(job, merchant).json().get("rowsRejected").asInt()).isEqualTo(1);
		assertThat(csvDownload(merchant, "/api/v1/catalog/imports/{id}/errors", job + "/errors"))
			.contains("openapi-bad");
		assertThat(csvDownload(merchant, "/api/v1/catalog/export", "/api/v1/catalog/export")).startsWith("Handle,");
	}

	@Test
	void fxRatesAreImportedFromACsvAsDeclared() {
		// Old dates, so that the set every other test converts with stays the latest;
		// removed at the end.
		String source = "OpenAPI test " + UUID.randomUUID();
		try {
			Response imported = client(tokenFor(Role.ADMIN)).send("POST", "/api/v1/catalog/fx/sets",
					"/api/v1/catalog/fx/sets?source=" + source.replace(" ", "%20"),
					new TextSample("eurofxref.csv", "Date,USD,JPY\n1999-01-06,1.1743,131.42\n"));

			assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
			assertThat(imported.json().get(0).get("rateDate").asString()).isEqualTo("1999-01-06");
		}
		finally {
			jdbc.sql("delete from catalog.fx_rate_set where source = :s").param("s", source).update();
		}
	}

	@Test
	void officialStatisticsAreImportedFromACsvAndFiguresDownloadedAsDeclared() {
		// Its one row is refused (month 13): the run changes no figures.
		String csv = """
				period,reporter,partner_country,flow,hs_code,channel,value,currency
				1978-13,cn-jinan,FI,EXPORT,0902,9610,10.50,USD
				""";

		Response started = client(tokenFor(Role.ADMIN)).send("POST", "/api/v1/insight/imports",
				"/api/v1/insight/imports?layout=GENERIC&source=OpenAPI%20test", new TextSample("flows.csv", csv));

		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		assertThat(csvDownload(null, "/api/v1/insight/csv/{figure}", "/api/v1/insight/csv/totals")).isNotBlank();
	}

	@Test
	void partnershipsCsvIsDownloadedAndImportedBackAsDeclared() {
		String admin = tokenFor(Role.ADMIN);
		String csv = csvDownload(null, "/api/v1/network/partnerships.csv", "/api/v1/network/partnerships.csv");

		Response imported = client(admin).send("POST", "/api/v1/network/partnerships.csv",
				"/api/v1/network/partnerships.csv", new TextSample("partnerships.csv", csv));

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("partnershipsCreated").asInt()).isZero();
	}

	@Test
	void networkAndExchangeDocumentsAreExportedAndImportedBackAsDeclared() {
		DocumentedClient admin = client(tokenFor(Role.ADMIN));
		for (String module : new String[] { "network", "exchanges" }) {
			String exported = admin.download("/api/v1/" + module + "/export", "/api/v1/" + module + "/export").body();

			Response imported = admin.send("POST", "/api/v1/" + module + "/import", "/api/v1/" + module + "/import",
					new TextSample(module + ".json", exported));

			assertThat(imported.status()).as(module + ": " + imported).isEqualTo(200);
		}
	}

	@Test
	void landedCostRuleSetsAreDeclaredAsJsonDocuments() {
		// Loading one would put it in force for every other test: only its declaration and
		// the download are checked.
		DocumentedClient admin = client(tokenFor(Role.ADMIN));
		JsonNode body = admin.operation("POST", "/api/v1/landed-cost/rule-sets").path("requestBody").path("content");
		assertThat(body.propertyNames()).containsExactly("application/json");
		assertThat(admin.resolve(body.path("application/json").path("schema")).path("type").asString())
			.isEqualTo("object");
		Response document = admin.download("/api/v1/landed-cost/rule-sets/{version}",
				"/api/v1/landed-cost/rule-sets/demo-2026.11");
		assertThat(document.json().isObject()).isTrue();
	}

	/** Downloads a CSV, which the document must declare as text/csv and nothing else. */
	private String csvDownload(String token, String template, String path) {
		DocumentedClient client = client(token);
		assertThat(client.responseMediaTypes(template)).as("GET " + template).containsExactly(CSV);
		return client.download(template, path).body();
	}

	private DocumentedClient client(String token) {
		return new DocumentedClient(api(), baseUrl(), openApiDocument(), token);
	}

	private long demoExchange() {
		return jdbc.sql("select id from exchange.exchange where demo and public and not archived order by id limit 1")
			.query(Long.class)
			.single();
	}

	private long partnership(String partner) {
		return jdbc
			.sql("select s.id from network.partnership s join network.place p on p.id = s.partner_place_id "
					+ "where p.code = :code and not s.archived order by s.id limit 1")
			.param("code", partner)
			.query(Long.class)
			.single();
	}

}

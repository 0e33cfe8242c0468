package org.twinport.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * CSV imports far over the API's 1 MiB body limit, streamed through the real HTTP API;
 * the test server's import limit is 8 MiB (see IntegrationTest).
 */
class LargeImportTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String HEADER = "Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,"
			+ "Variant Grams,Variant Price,Status,HS Code,Origin Country,Markets,Category,Title (ru),Merchant,"
			+ "Variant Inventory Qty\n";

	@Autowired
	MerchantManagement merchants;

	/** A verified merchant of this test's own, so that no other test's counts change. */
	private String newMerchant(String run, int n, String currency) {
		String code = "lrg-" + run + "-m" + n;
		merchants.register(code, "Bulk import test " + n, Map.of("en", "Bulk import test " + n), placeId("gb-coventry"),
				"GB", currency, true, false);
		return code;
	}

	private long merchantId(String code) {
		return jdbc.sql("select id from catalog.merchant where code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void aMultiMegabyteFileStreamedInChunksIsImportedWholeAndIdempotently() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		byte[] csv = catalog(run, 5000, "").getBytes(StandardCharsets.UTF_8);
		assertThat(csv.length).isGreaterThan(2 * 1024 * 1024);
		String merchant = tokenFor(Role.ADMIN);
		String query = "?merchantId=" + merchantId(newMerchant(run, 0, "GBP"));
		JsonNode job = finished(chunked(csv, query, merchant), merchant);
		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("totalRows").asInt()).isEqualTo(20000);
		assertThat(job.get("processedRows").asInt()).isEqualTo(20000);
		assertThat(job.get("productsSaved").asInt()).isEqualTo(5000);
		assertThat(job.get("rowsRejected").asInt()).isZero();
		assertThat(variants(run)).isEqualTo(20000);
		// The import's batches are indexed by asynchronous listeners, in no set order.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api().get("/api/v1/catalog/search?market=NZ&q=w" + run).json().get("total").asLong() == 5000);
		assertThat(api().get("/api/v1/catalog/search?q=lrg" + run + "x4999").json().get("total").asLong()).isEqualTo(1);

		// Over 1,000 matches (the tests' cap), facets are estimated from a sample; the
		// total
		// stays exact.
		JsonNode all = api().get("/api/v1/catalog/search?market=NZ&q=w" + run).json();
		assertThat(all.get("total").asLong()).isEqualTo(5000);
		assertThat(all.get("facetsEstimated").asBoolean()).isTrue();
		assertThat(all.get("facets").get("origin").get(0).get("value").asString()).isEqualTo("CN");
		assertThat(all.get("facets").get("origin").get(0).get("count").asLong()).isBetween(4750L, 5250L);
		JsonNode few = api().get("/api/v1/catalog/search?market=NZ&q=lrg" + run + "x7").json();
		assertThat(few.get("facetsEstimated").asBoolean()).isFalse();
		assertThat(few.get("facets").get("origin").get(0).get("count").asLong()).isEqualTo(1);

		JsonNode again = finished(chunked(csv, query, merchant), merchant);
		assertThat(again.get("productsSaved").asInt()).isEqualTo(5000);
		assertThat(variants(run)).isEqualTo(20000);
		assertThat(jdbc.sql("select count(*) from catalog.product where sku like :p")
			.param("p", "lrg-" + run + "-%")
			.query(Long.class)
			.single()).isEqualTo(5000);
		try (Stream<Path> uploads = Files.list(HOME.resolve("imports"))) {
			assertThat(uploads.filter(p -> p.toString().endsWith(".csv"))).isEmpty();
		}
		// Other tests rebuild the index: archived products are left out of it.
		jdbc.sql("update catalog.product set status = 'ARCHIVED' where sku like :p")
			.param("p", "lrg-" + run + "-%")
			.update();
	}

	@Test
	void adminImportsForManyMerchantsByCodeAndBadRowsAreReportedWithTheGoodKept() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> codes = List.of(newMerchant(run, 1, "EUR"), newMerchant(run, 2, "JPY"),
				newMerchant(run, 3, "GBP"));
		StringBuilder csv = new StringBuilder(HEADER);
		for (int p = 0; p < 40; p++) {
			String code = p == 7 ? "no-such-merchant" : codes.get(p % codes.size());
			csv.append(row(run, p, 0, code));
			csv.append(row(run, p, 1, ""));
		}
		String admin = tokenFor(Role.ADMIN);
		JsonNode job = finished(chunked(csv.toString().getBytes(StandardCharsets.UTF_8), "", admin), admin);
		assertThat(job.get("productsSaved").asInt()).isEqualTo(39);
		assertThat(job.get("rowsRejected").asInt()).isEqualTo(2);
		String errors = api().get("/api/v1/catalog/imports/" + job.get("id").asString() + "/errors", admin).body();
		assertThat(errors).contains("lrg-" + run + "-7,Merchant: is not the code of a known merchant");
		assertThat(jdbc.sql("select count(distinct merchant_id) from catalog.product where sku like :p")
			.param("p", "lrg-" + run + "-%")
			.query(Long.class)
			.single()).isEqualTo(3);
		HttpResponse<String> noMerchant = chunked(HEADER.replace(",Merchant", "").getBytes(StandardCharsets.UTF_8), "",
				admin);
		assertThat(noMerchant.statusCode()).isEqualTo(400);
		assertThat(noMerchant.body()).contains("merchantId");
	}

	@Test
	void aMerchantCannotImportIntoAnotherMerchant() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String other = jdbc.sql("select code from catalog.merchant order by id desc limit 1")
			.query(String.class)
			.single();
		String csv = HEADER + row(run, 0, 0, other);
		String merchant = tokenFor(Role.MERCHANT);
		JsonNode job = finished(chunked(csv.getBytes(StandardCharsets.UTF_8), "", merchant), merchant);
		assertThat(job.get("productsSaved").asInt()).isZero();
		assertThat(job.get("rowsRejected").asInt()).isEqualTo(1);
		assertThat(variants(run)).isZero();
	}

	@Test
	void aFileOverTheImportLimitIsRefusedWith413WhetherDeclaredOrStreamed() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		byte[] csv = catalog(run, 20000, "").getBytes(StandardCharsets.UTF_8);
		assertThat(csv.length).isGreaterThan(8 * 1024 * 1024);
		String merchant = tokenFor(Role.MERCHANT);
		String declared = raw(merchant, "Content-Length: " + csv.length, csv, false);
		assertThat(declared).startsWith("HTTP/1.1 413").contains("application/problem+json");
		String streamed = raw(merchant, "Transfer-Encoding: chunked", csv, true);
		assertThat(streamed).startsWith("HTTP/1.1 413").contains("larger than the limit of 8388608 bytes");
		assertThat(variants(run)).isZero();
		try (Stream<Path> uploads = Files.list(HOME.resolve("imports"))) {
			assertThat(uploads.filter(p -> p.toString().endsWith(".csv"))).isEmpty();
		}
		// Other API bodies keep the 1 MiB limit.
		HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/catalog/products"))
			.header("Authorization", "Bearer " + merchant)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024]))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(413);
	}

	/**
	 * Sends the import over a plain socket, declaring the length up front (and sending no
	 * body: the server must answer from the header alone) or in chunks, stopping when the
	 * server has answered or closed; returns the raw response.
	 */
	private String raw(String token, String framing, byte[] body, boolean chunked) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/catalog/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
					+ "\r\nContent-Type: text/csv\r\n" + framing + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			try {
				if (chunked) {
					for (int i = 0; i < body.length; i += 65536) {
						int n = Math.min(65536, body.length - i);
						out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
						out.write(body, i, n);
						out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
						if (socket.getInputStream().available() > 0) {
							break;
						}
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				out.flush();
			}
			catch (IOException closedByServer) {
				// The server answered and closed while the body was still being sent.
			}
			java.io.ByteArrayOutputStream response = new java.io.ByteArrayOutputStream();
			socket.setSoTimeout(5_000);
			byte[] buffer = new byte[8192];
			try {
				for (int n = socket.getInputStream().read(buffer); n >= 0; n = socket.getInputStream().read(buffer)) {
					response.write(buffer, 0, n);
				}
			}
			catch (java.net.SocketTimeoutException | java.net.SocketException keptOpen) {
				// What has arrived is the answer.
			}
			return response.toString(StandardCharsets.UTF_8);
		}
	}

	/**
	 * Products of four variants each, offered only in NZ and in words no other test
	 * searches for.
	 */
	private static String catalog(String run, int products, String merchantCode) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int p = 0; p < products; p++) {
			for (int v = 0; v < 4; v++) {
				csv.append(row(run, p, v, v == 0 ? merchantCode : ""));
			}
		}
		return csv.toString();
	}

	private static String row(String run, int p, int v, String merchantCode) {
		String handle = "lrg-" + run + "-" + p;
		String sku = "LRG-" + run + "-" + p + "-" + v;
		if (v > 0) {
			return handle + ",,,,,size " + v + "," + sku + ",250,12,,,,,,," + merchantCode + ",7\n";
		}
		return handle + ",\"Qwzv w" + run + " lrg" + run + "x" + p
				+ ", bulkimport\",\"<p>Lorem ipsum, \"\"dolor\"\" sit amet " + p
				+ ", consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>\","
				+ "Test,Size,size 0," + sku + ",250,12,active,691200,CN,NZ,,Квзв " + p + "," + merchantCode + ",7\n";
	}

	/** Posts the file with no declared length, in 64 KiB pieces. */
	private HttpResponse<String> chunked(byte[] csv, String query, String token)
			throws IOException, InterruptedException {
		List<InputStream> pieces = new java.util.ArrayList<>();
		for (int i = 0; i < csv.length; i += 65536) {
			pieces.add(new ByteArrayInputStream(csv, i, Math.min(65536, csv.length - i)));
		}
		return HTTP.send(request(token, query)
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(pieces))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String token, String query) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/catalog/imports" + query))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/csv")
			.timeout(Duration.ofSeconds(60));
	}

	private JsonNode finished(HttpResponse<String> started, String token) {
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String id = JSON.readTree(started.body()).get("id").asString();
		await().atMost(Duration.ofSeconds(90))
			.until(() -> !api().get("/api/v1/catalog/imports/" + id, token)
				.json()
				.get("state")
				.asString()
				.equals("RUNNING"));
		return api().get("/api/v1/catalog/imports/" + id, token).json();
	}

	private long variants(String run) {
		return jdbc.sql("select count(*) from catalog.variant where sku like :p")
			.param("p", "LRG-" + run + "-%")
			.query(Long.class)
			.single();
	}

}

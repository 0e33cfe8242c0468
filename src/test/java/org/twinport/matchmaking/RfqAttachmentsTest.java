package org.twinport.matchmaking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.platform.Attachments;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFQ attachments: the type is recognised from the bytes (no SVG, no HTML), the size is
 * limited, the file lives under TWINPORT_HOME, and only the RFQ's parties (its buyer, the
 * suppliers it invited, the suppliers that quoted) and ADMIN read it.
 */
class RfqAttachmentsTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final Map<Integer, String> MERCHANT_TOKENS = new ConcurrentHashMap<>();

	@Test
	void onlyTheBuyerInvitedAndQuotingSuppliersAndAdminReadAnRfqsAttachments() throws IOException {
		String buyer = tokenFor(Role.BUYER);
		assertThat(api().put(MM + "/companies/me", """
				{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
				 "buysHs": ["0902"], "seeks": ["SUPPLIER"], "markets": ["JP"], "languages": ["ja", "en"]}""", buyer)
			.status()).isEqualTo(200);
		Response rfq = api().post(MM + "/rfqs", """
				{"product": "Tea tins %s", "hsCode": "7310", "quantity": 2000, "unit": "pcs", "incoterm": "FOB",
				 "destination": "JP", "deadline": "%s"}""".formatted(UUID.randomUUID(), LocalDate.now().plusDays(20)),
				buyer);
		assertThat(rfq.status()).as(rfq.toString()).isEqualTo(201);
		String path = MM + "/rfqs/" + rfq.json().get("id").asLong() + "/attachments";

		Response uploaded = upload(path, "tin drawing.pdf", "application/octet-stream", PDF, buyer);
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.json().get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(uploaded.json().get("isPublic").asBoolean()).isFalse();
		long id = uploaded.json().get("id").asLong();
		String key = jdbc.sql("select storage_key from platform.attachment where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(Files.readAllBytes(HOME.resolve("attachments").resolve(key))).isEqualTo(PDF);

		// Bad files: disguised HTML and SVG, an empty one, one too large.
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		for (byte[] bad : new byte[][] { svg, html, new byte[0] }) {
			Response refused = upload(path, "drawing.png", "image/png", bad, buyer);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.body()).contains("\"field\":\"file\"");
		}
		Response tooLarge = upload(path, "big.pdf", "application/pdf",
				Arrays.copyOf(PDF, (int) Attachments.MAX_BYTES + 1024), buyer);
		assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);

		// The buyer and ADMIN read it.
		assertThat(download(path + "/" + id, buyer).body()).isEqualTo(PDF);
		assertThat(download(path + "/" + id, buyer).headers().firstValue("Content-Disposition").orElse(""))
			.startsWith("attachment;");
		assertThat(download(path + "/" + id, tokenFor(Role.ADMIN)).statusCode()).isEqualTo(200);
		assertThat(api().get(path, tokenFor(Role.ADMIN)).json()).hasSize(1);

		// A party asking for a file the RFQ does not have: its module's reason, in the reader's language.
		Response missing = api().send("GET", path + "/" + (id + 1_000_000), null, buyer, "Accept-Language", "zh");
		assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
		assertThat(missing.json().get("code").asString()).isEqualTo("matchmaking.problem.noSuchAttachment");
		assertThat(missing.json().get("detail").asString()).contains("没有附件");

		// A supplier that neither was invited nor quoted, the partner office: not found.
		String supplier = tokenFor(Role.MERCHANT);
		String invitedSupplier = merchantToken(1);
		String stranger = merchantToken(2);
		for (String outsider : new String[] { supplier, invitedSupplier, stranger, tokenFor(Role.PARTNER_OFFICE) }) {
			assertThat(download(path + "/" + id, outsider).statusCode()).isEqualTo(404);
			assertThat(api().get(path, outsider).status()).isEqualTo(404);
		}
		assertThat(upload(path, "mine.pdf", "application/pdf", PDF, supplier).status()).as("only the buyer attaches")
			.isEqualTo(404);

		// Invited: reads before quoting.
		long invitedCompany = api().get(MM + "/companies/me", invitedSupplier).json().get("id").asLong();
		String rfqPath = MM + "/rfqs/" + rfq.json().get("id").asLong();
		assertThat(api().post(rfqPath + "/invitations", "{\"companyId\":" + invitedCompany + "}", supplier).status())
			.as("only the buyer invites")
			.isEqualTo(404);
		assertThat(api().post(rfqPath + "/invitations", "{\"companyId\":" + invitedCompany + "}", buyer).status())
			.isEqualTo(204);
		assertThat(api().get(rfqPath + "/invitations", buyer).json().toString())
			.contains(String.valueOf(invitedCompany));
		assertThat(download(path + "/" + id, invitedSupplier).body()).isEqualTo(PDF);

		// Quoted: a party from then on.
		Response quote = api().post(rfqPath + "/quotes", """
				{"unitPrice": {"amount": "0.80", "currency": "EUR"}, "moq": 1000, "leadTimeDays": 40, "incoterm": "FOB",
				 "validUntil": "%s"}""".formatted(LocalDate.now().plusDays(10)), supplier);
		assertThat(quote.status()).as(quote.toString()).isEqualTo(201);
		assertThat(download(path + "/" + id, supplier).body()).isEqualTo(PDF);
		assertThat(api().get(path, supplier).json()).hasSize(1);

		assertThat(download(path + "/" + id, stranger).statusCode()).as("still a stranger").isEqualTo(404);
	}

	private Response upload(String path, String fileName, String contentType, byte[] content, String token) {
		String boundary = "----twinport" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private HttpResponse<byte[]> download(String path, String token) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
					.header("Authorization", "Bearer " + token)
					.GET()
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A MERCHANT account of the catalog merchant at this offset, made once per run. */
	private String merchantToken(int offset) {
		return MERCHANT_TOKENS.computeIfAbsent(offset, o -> {
			String username = "test.rfq-merchant-" + o;
			String password = Passwords.generate();
			long merchant = jdbc.sql("select id from catalog.merchant order by id offset :o limit 1")
				.param("o", o)
				.query(Long.class)
				.single();
			accounts.create(new NewAccount(username, password, "RFQ test " + o, Role.MERCHANT, null, merchant, false));
			Response response = api().post("/api/v1/auth/tokens",
					"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"rfq\"}", null);
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			return response.json().get("token").asString();
		});
	}

}

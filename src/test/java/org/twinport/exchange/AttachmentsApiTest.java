package org.twinport.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.identity.Role;
import org.twinport.platform.Attachments;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreement documents and exchange attachments: types recognised from the bytes, tenants,
 * downloads, no half state.
 */
class AttachmentsApiTest extends IntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	Attachments attachments;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void staffUploadAPrivateAgreementThatOnlyInsidersDownload() {
		long vantaa = partnership("fi-vantaa");
		String path = "/api/v1/network/partnerships/" + vantaa + "/documents";
		Response uploaded = upload(path, "../../etc/Agreement 2001.pdf", "application/octet-stream", PDF, false,
				tokenFor(Role.ADMIN));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.json().get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(uploaded.json().get("fileName").asString()).isEqualTo("Agreement 2001.pdf");
		long id = uploaded.json().get("id").asLong();

		HttpResponse<byte[]> download = download(path + "/" + id, tokenFor(Role.ADMIN));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
			.contains("Agreement 2001.pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");

		assertThat(download(path + "/" + id, null).statusCode()).isEqualTo(404);
		assertThat(download(path + "/" + id, tokenFor(Role.PARTNER_OFFICE)).statusCode()).isEqualTo(404);
		assertThat(api().get(path).json().size()).isZero();
		assertThat(api().get(path, tokenFor(Role.ADMIN)).json().size()).isEqualTo(1);
		assertThat(upload(path, "ours.pdf", "application/pdf", PDF, false, tokenFor(Role.PARTNER_OFFICE)).status())
			.isEqualTo(404);
	}

	@Test
	void aPartnerOfficeSharesAPublicPictureOfItsOwnTieAndADocx() {
		long coventry = partnership("gb-coventry");
		String path = "/api/v1/network/partnerships/" + coventry + "/documents";
		Response picture = upload(path, "signing.png", "image/png", PNG, true, tokenFor(Role.PARTNER_OFFICE));
		assertThat(picture.status()).as(picture.toString()).isEqualTo(201);
		HttpResponse<byte[]> anonymous = download(path + "/" + picture.json().get("id").asLong(), null);
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");

		Response docx = upload(path, "minutes.docx", "application/octet-stream", docx(), false,
				tokenFor(Role.PARTNER_OFFICE));
		assertThat(docx.status()).as(docx.toString()).isEqualTo(201);
		assertThat(docx.json().get("contentType").asString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void disguisedAndOversizedFilesAreRefusedAndLeaveNothingBehind() {
		long rows = rows();
		long files = files();
		String path = "/api/v1/network/partnerships/" + partnership("fi-vantaa") + "/documents";
		byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		for (byte[] content : new byte[][] { html, svg, zipWith("evil.js"), new byte[0] }) {
			Response refused = upload(path, "agreement.pdf", "application/pdf", content, true, tokenFor(Role.ADMIN));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.body()).contains("\"field\":\"file\"");
		}
		byte[] large = Arrays.copyOf(PDF, (int) Attachments.MAX_BYTES + 1024);
		Response tooLarge = upload(path, "huge.pdf", "application/pdf", large, false, tokenFor(Role.ADMIN));
		assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
		assertThat(rows()).isEqualTo(rows);
		assertThat(files()).isEqualTo(files);

		// A transaction that fails after the file was written takes the file with it.
		transactions.executeWithoutResult(status -> {
			attachments.store("partnership", 1, "rolled-back.pdf", new java.io.ByteArrayInputStream(PDF), false,
					"test");
			status.setRollbackOnly();
		});
		assertThat(rows()).isEqualTo(rows);
		assertThat(files()).isEqualTo(files);
	}

	@Test
	void exchangeAttachmentsFollowTheExchangesVisibility() {
		String admin = tokenFor(Role.ADMIN);
		Response exchange = api().post("/api/v1/exchanges",
				"""
						{"kind":"LETTER","title":{"en":"Attachment test letter"},"start":"2026-06-01","timeZone":"Europe/London",
						 "isPublic":false,"participants":[{"place":"gb-coventry"}]}""",
				admin);
		assertThat(exchange.status()).as(exchange.toString()).isEqualTo(201);
		String path = "/api/v1/exchanges/" + exchange.json().get("id").asLong() + "/attachments";
		Response attached = upload(path, "letter.pdf", "application/pdf", PDF, true, tokenFor(Role.PARTNER_OFFICE));
		assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
		// Public, but on a private exchange: hidden from anonymous readers like the
		// exchange itself.
		assertThat(download(path + "/" + attached.json().get("id").asLong(), null).statusCode()).isEqualTo(404);
		assertThat(
				download(path + "/" + attached.json().get("id").asLong(), tokenFor(Role.PARTNER_OFFICE)).statusCode())
			.isEqualTo(200);
		assertThat(api().get("/api/v1/audit?entity=attachment&id=" + attached.json().get("id").asLong(), admin)
			.json()
			.size()).isEqualTo(1);
	}

	private long partnership(String partner) {
		return jdbc
			.sql("select s.id from network.partnership s join network.place p on p.id = s.partner_place_id "
					+ "where p.code = :code and not s.archived order by s.id limit 1")
			.param("code", partner)
			.query(Long.class)
			.single();
	}

	private long rows() {
		return jdbc.sql("select count(*) from platform.attachment").query(Long.class).single();
	}

	private long files() {
		Path directory = HOME.resolve("attachments");
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> list = Files.list(directory)) {
			return list.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Response upload(String path, String fileName, String contentType, byte[] content, boolean isPublic,
			String token) {
		String boundary = "----twinport" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"public\"\r\n\r\n" + isPublic
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return api().send(request);
	}

	private HttpResponse<byte[]> download(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] docx() {
		return zipWith("[Content_Types].xml", "word/document.xml");
	}

	private static byte[] zipWith(String... names) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}

package org.twinport.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ProductImagesTest extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aPngIsStoredWithAThumbnailAndServedForAPublicProduct() throws Exception {
		long product = ownProduct();
		BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		HttpResponse<String> uploaded = upload(product, png.toByteArray(), "image/jpeg");
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode json = JsonMapper.builder().build().readTree(uploaded.body());
		assertThat(json.get("contentType").asString()).isEqualTo("image/png");
		assertThat(json.get("width").asInt()).isEqualTo(1200);
		try (var files = Files.walk(HOME.resolve("images").resolve(Long.toString(product)))) {
			assertThat(files.map(path -> path.getFileName().toString())).anyMatch(name -> name.endsWith("-thumb.png"));
		}
		HttpResponse<byte[]> thumbnail = http.send(HttpRequest
			.newBuilder(URI.create(baseUrl() + "/api/v1/catalog/images/" + json.get("id").asLong() + "?thumbnail=true"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(thumbnail.statusCode()).isEqualTo(200);
		BufferedImage thumb = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body()));
		assertThat(thumb.getWidth()).isEqualTo(320);
	}

	@Test
	void svgHtmlAndRenamedTextAreRefused() throws Exception {
		long product = ownProduct();
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
		assertThat(upload(product, svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml").body()).contains("file");
		assertThat(upload(product, "<!DOCTYPE html><p>hi".getBytes(StandardCharsets.UTF_8), "image/png").statusCode())
			.isEqualTo(400);
		byte[] fakePng = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3 };
		assertThat(upload(product, fakePng, "image/png").statusCode()).isEqualTo(400);
	}

	@Test
	void aMerchantCannotAddImagesToAnotherMerchantsProduct() throws Exception {
		long others = jdbc
			.sql("select p.id from catalog.product p join catalog.merchant m on m.id = p.merchant_id "
					+ "where m.code = 'fi-vantaa-sample-design' limit 1")
			.query(Long.class)
			.single();
		assertThat(upload(others, new byte[] { 'G', 'I', 'F', '8', '9', 'a', 0 }, "image/gif").statusCode())
			.isEqualTo(404);
	}

	private long ownProduct() {
		return jdbc
			.sql("select p.id from catalog.product p join catalog.merchant m on m.id = p.merchant_id "
					+ "where m.code = 'cn-jinan-sample-tea' and p.sku = 'TEA-TEAPOT-01'")
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> upload(long product, byte[] content, String type) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/catalog/products/" + product + "/images"))
				.header("Authorization", "Bearer " + tokenFor(Role.MERCHANT))
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofByteArray(content))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}

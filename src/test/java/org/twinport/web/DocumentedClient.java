package org.twinport.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;

import org.twinport.support.ApiClient;
import org.twinport.support.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A client that knows of each operation only what the OpenAPI document declares, as one
 * generated from it would: the request body's first media type decides how a sample is
 * sent (a multipart part named as the document names its binary property, raw bytes, or
 * JSON shaped by the schema), and a download must come back in a media type the document
 * declares.
 */
class DocumentedClient {

	/** What a caller wants to send, before the document decides how. */
	sealed interface Sample {

		String fileName();

		byte[] bytes(String mediaType);

	}

	record FileSample(String fileName, byte[] content) implements Sample {

		@Override
		public byte[] bytes(String mediaType) {
			return content;
		}

	}

	record TextSample(String fileName, String text) implements Sample {

		@Override
		public byte[] bytes(String mediaType) {
			return text.getBytes(StandardCharsets.UTF_8);
		}

	}

	/** A picture, written in whichever image format the document asks for (PNG otherwise). */
	record ImageSample(BufferedImage image) implements Sample {

		@Override
		public String fileName() {
			return "sample.png";
		}

		@Override
		public byte[] bytes(String mediaType) {
			String format = mediaType.startsWith("image/") ? mediaType.substring("image/".length()) : "png";
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				assertThat(ImageIO.write(image, format, out)).as("ImageIO writes " + format).isTrue();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

	private final ApiClient api;

	private final String base;

	private final JsonNode document;

	private final String token;

	DocumentedClient(ApiClient api, String base, JsonNode document, String token) {
		this.api = api;
		this.base = base;
		this.document = document;
		this.token = token;
	}

	/**
	 * Sends the sample to {@code path}, an instance of the document's {@code template},
	 * encoded as the operation's request body declares.
	 */
	Response send(String method, String template, String path, Sample sample) {
		JsonNode requestBody = operation(method, template).get("requestBody");
		assertThat(requestBody).as("%s %s declares its request body", method, template).isNotNull();
		Map.Entry<String, JsonNode> declared = requestBody.get("content").properties().iterator().next();
		String mediaType = declared.getKey();
		JsonNode schema = resolve(declared.getValue().path("schema"));
		String contentType = mediaType;
		byte[] body;
		if (mediaType.equals("multipart/form-data")) {
			String boundary = "----documented" + UUID.randomUUID();
			contentType = mediaType + "; boundary=" + boundary;
			body = multipart(boundary, binaryProperty(schema, method + " " + template), sample);
		}
		else if (mediaType.equals("application/json")) {
			body = json(schema, sample);
		}
		else {
			body = sample.bytes(mediaType);
		}
		return api.send(request(path).header("Content-Type", contentType)
			.header("Accept", "application/json, application/problem+json")
			.method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/**
	 * Downloads {@code path}, asking for the media types the document declares for the
	 * operation's 200 answer, and checks that the answer comes in one of them.
	 */
	Response download(String template, String path) {
		List<String> declared = responseMediaTypes(template);
		Response response = api.send(request(path).header("Accept", String.join(", ", declared)).GET().build());
		assertThat(response.status()).as("GET %s: %s", path, response).isEqualTo(200);
		assertThat(declared).as("media types declared for GET %s", template).contains(baseType(response.contentType()));
		return response;
	}

	/** The media types of the operation's 200 answer. */
	List<String> responseMediaTypes(String template) {
		JsonNode content = operation("get", template).path("responses").path("200").path("content");
		assertThat(content.isObject()).as("GET %s declares the content of its 200 answer", template).isTrue();
		return new ArrayList<>(content.propertyNames());
	}

	JsonNode operation(String method, String template) {
		JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
		assertThat(operation.isObject()).as("%s %s is in the document", method, template).isTrue();
		return operation;
	}

	JsonNode resolve(JsonNode schema) {
		JsonNode ref = schema.get("$ref");
		return ref == null ? schema : document.at(ref.asString().substring(1));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private String binaryProperty(JsonNode schema, String operation) {
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			if (isBinary(resolve(property.getValue()))) {
				return property.getKey();
			}
		}
		return fail("%s declares multipart/form-data without a binary part: %s", operation, schema);
	}

	private static boolean isBinary(JsonNode schema) {
		return "binary".equals(schema.path("format").asString(null)) || schema.has("contentMediaType");
	}

	private static byte[] multipart(String boundary, String part, Sample sample) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
				+ sample.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(sample.bytes("application/octet-stream"));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	/**
	 * The sample as the JSON value the schema describes: a string holds text, or base64
	 * for binary formats; an object with a binary property holds the sample there; any
	 * other schema is taken to be a JSON document, which the sample then is.
	 */
	private static byte[] json(JsonNode schema, Sample sample) {
		String type = schema.path("type").asString("");
		String format = schema.path("format").asString("");
		byte[] raw = sample.bytes("application/octet-stream");
		Object value;
		if (type.equals("string")) {
			value = format.equals("byte") || format.equals("binary") ? Base64.getEncoder().encodeToString(raw)
					: new String(raw, StandardCharsets.UTF_8);
		}
		else {
			String binary = null;
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				if (isBinary(property.getValue())) {
					binary = property.getKey();
				}
			}
			if (binary == null) {
				return raw;
			}
			value = Map.of(binary, Base64.getEncoder().encodeToString(raw));
		}
		return ApiClient.json().writeValueAsBytes(value);
	}

	private static String baseType(String contentType) {
		int parameters = contentType.indexOf(';');
		return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
	}

}

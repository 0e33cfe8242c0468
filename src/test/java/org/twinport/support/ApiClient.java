package org.twinport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thin client over the JDK's HTTP client, speaking to the server under test through the
 * loopback interface.
 */
public class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final HttpClient http;

	private Duration timeout = Duration.ofSeconds(30);

	public ApiClient(String base) {
		this.base = base;
		this.http = HTTP;
	}

	/** This client with another time limit for each response. */
	public ApiClient waitingUpTo(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	/**
	 * A client whose connections come from this loopback address (Linux answers on all of
	 * 127.0.0.0/8), so the server sees another client address than 127.0.0.1.
	 */
	public ApiClient(String base, InetAddress from) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.localAddress(from)
			.build();
	}

	public record Response(int status, String body, HttpHeaders headers) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String contentType() {
			return headers.firstValue("Content-Type").orElse("");
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}

	public Response get(String path) {
		return get(path, null);
	}

	public Response get(String path, String token) {
		return send("GET", path, null, token);
	}

	public Response post(String path, String json, String token) {
		return send("POST", path, json, token);
	}

	public Response put(String path, String json, String token) {
		return send("PUT", path, json, token);
	}

	public Response delete(String path, String token) {
		return send("DELETE", path, null, token);
	}

	public Response send(String method, String path, String json, String token) {
		return send(method, path, json, token, new String[0]);
	}

	/**
	 * @param headers extra request headers as name, value pairs, for example
	 * {@code "Idempotency-Key", "k1"}
	 */
	public Response send(String method, String path, String json, String token, String... headers) {
		BodyPublisher body = json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(timeout)
			.header("Accept", "application/json, application/problem+json, */*;q=0.5")
			.method(method, body);
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static JsonMapper json() {
		return JSON;
	}

}

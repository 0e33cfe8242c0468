package org.twinport.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker sent in the hardening review (issue 14), each answered with a clear 4xx
 * and nothing logged above WARN: numbers too large to compute with, text with control
 * characters, integers written as fractions or strings, query strings that are not UTF-8,
 * and requests Tomcat refuses itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest extends IntegrationTest {

	private static final String QUOTE = """
			{"origin":"CN","destination":"FI","incoterm":"DAP","items":[{"hsCode":"090210","originCountry":"CN",
			 "quantity":2,"unitPrice":{"amount":"75.00","currency":"EUR"},"weightKg":%s}],
			 "shipping":{"amount":"10.00","currency":"EUR"}}
			""";

	private static void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception", "\tat ");
		if (field != null) {
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		}
	}

	private static void assertNoErrorLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void hugeExponentsAreRefusedWhileParsingNotComputed(CapturedOutput output) {
		String buyer = tokenFor(Role.BUYER);
		long started = System.nanoTime();
		assertProblem(api().post("/api/v1/landed-cost/quotes", QUOTE.formatted("1e100000000"), buyer), 400,
				"items[0].weightKg");
		assertThat((System.nanoTime() - started) / 1_000_000).as("answered without computing").isLessThan(10_000);
		assertProblem(api().post("/api/v1/landed-cost/quotes", QUOTE.formatted("\"1e100000000\""), buyer), 400,
				"items[0].weightKg");
		assertProblem(api().post("/api/v1/landed-cost/quotes", QUOTE.formatted("1e-100000000"), buyer), 400,
				"items[0].weightKg");
		assertProblem(api().post("/api/v1/landed-cost/quotes", QUOTE.formatted("1e10"), buyer), 400,
				"items[0].weightKg");
		assertThat(api().post("/api/v1/landed-cost/quotes", QUOTE.formatted("0.25"), buyer).status()).isEqualTo(201);
		assertNoErrorLogged(output);
	}

	@Test
	void donationValuesOutOfRangeAreRefusedNotStoredAsZeroOrConflicts() {
		String admin = tokenFor(Role.ADMIN);
		int before = jdbc.sql("select count(*) from exchange.donation").query(Integer.class).single();
		for (String value : List.of("1e131072", "123456789012345678")) {
			assertProblem(api().post("/api/v1/donations", """
					{"direction":"GIVEN","status":"PLEDGED","donorPlace":"cn-jinan","recipientCountry":"IT",
					 "items":[{"item":"Masks","quantity":5,"valueAmount":%s,"valueCurrency":"EUR"}]}
					""".formatted(value), admin), 400, "items[0].valueAmount");
		}
		assertThat(jdbc.sql("select count(*) from exchange.donation").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void integersWrittenAsFractionsOrStringsAreRefused() {
		String buyer = tokenFor(Role.BUYER);
		long variant = jdbc.sql("select min(id) from catalog.variant").query(Long.class).single();
		assertProblem(api().post("/api/v1/cart/lines", "{\"variantId\":" + variant + ".7,\"quantity\":1}", buyer), 400,
				"variantId");
		assertProblem(api().post("/api/v1/cart/lines", "{\"variantId\":" + variant + ",\"quantity\":1.5}", buyer), 400,
				"quantity");
		assertProblem(api().post("/api/v1/cart/lines", "{\"variantId\":\"" + variant + "\",\"quantity\":1}", buyer),
				400, "variantId");
		assertProblem(api().post("/api/v1/cart/lines", "{\"variantId\":1" + "0".repeat(30) + ",\"quantity\":1}", buyer),
				400, "variantId");
		assertThat(api().get("/api/v1/cart", buyer).body()).doesNotContain("\"variantId\":" + variant + ",");
	}

	@Test
	void datesBeyondFourDigitYearsAreRefusedNotOverflowed(CapturedOutput output) {
		assertProblem(api().get("/api/v1/exchanges?to=%2B999999999-12-31"), 400, "to");
		assertProblem(api().get("/api/v1/exchanges?from=-999999999-01-01"), 400, "from");
		assertThat(api().get("/api/v1/exchanges?from=2020-01-01&to=2026-12-31").status()).isEqualTo(200);
		assertProblem(api().post("/api/v1/matchmaking/sessions", "{\"days\":[{\"date\":\"+999999999-12-31\"}]}",
				tokenFor(Role.ADMIN)), 400, "days[0].date");
		assertNoErrorLogged(output);
	}

	@Test
	void nullsInsideListsAndMapsAreRefusedNamingTheirPlace(CapturedOutput output) {
		String admin = tokenFor(Role.ADMIN);
		assertProblem(api().post("/api/v1/network/partnerships", "{\"fieldsOfCooperation\":[null]}", admin), 400,
				"fieldsOfCooperation[0]");
		assertProblem(api().put("/api/v1/catalog/categories/tea", "{\"names\":{\"en\":null}}", admin), 400,
				"names.en");
		assertProblem(api().post("/api/v1/catalog/products", "{\"variants\":[null]}", tokenFor(Role.MERCHANT)), 400,
				"variants[0]");
		assertNoErrorLogged(output);
	}

	@Test
	void controlCharactersInTextAreRefusedNamingTheField() {
		assertProblem(api().post("/api/v1/auth/tokens", "{\"username\":\"ad\\u0000min\",\"password\":\"x\",\"name\":\"t\"}",
				null), 400, "username");
		String merchant = tokenFor(Role.MERCHANT);
		int before = jdbc.sql("select count(*) from catalog.product").query(Integer.class).single();
		assertProblem(api().post("/api/v1/catalog/products", """
				{"sku":"NUL-1","categoryCode":"tea","texts":{"en":{"title":"Tea\\u0000","description":"x"}},
				 "hsCode":"090230","originCountry":"CN","weightGrams":250,
				 "basePrice":{"amount":"10.00","currency":"CNY"},"status":"ACTIVE","markets":["FI"],
				 "variants":[{"sku":"NUL-1-A","options":{"size":"100 g"}}]}
				""", merchant), 400, "texts.en.title");
		assertThat(jdbc.sql("select count(*) from catalog.product").query(Integer.class).single()).isEqualTo(before);
		assertProblem(api().get("/api/v1/catalog/search?q=tea%00"), 400, "q");
		assertProblem(api().get("/api/v1/catalog/search?q=tea%07"), 400, "q");
		assertThat(api().get("/api/v1/catalog/search?q=tea%09green").status()).isEqualTo(200);
	}

	@Test
	void controlCharactersInAnImportedCsvAreRefusedNamingLineAndColumn() {
		String before = api().get("/api/v1/network/partnerships.csv").body();
		var response = api().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(baseUrl() + "/api/v1/network/partnerships.csv"))
			.header("Authorization", "Bearer " + tokenFor(Role.ADMIN))
			.header("Content-Type", "text/csv")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("home,partner,kind,status,established,fieldsOfCooperation,notes\r\n"
						+ "cn-jinan,jp-wakayama,SISTER_CITY,ACTIVE,1983,,First\u0000 sister city\r\n"))
			.build());
		assertProblem(response, 400, "line 2: notes");
		assertThat(api().get("/api/v1/network/partnerships.csv").body()).isEqualTo(before);
	}

	@Test
	void queryStringsThatAreNotUtf8Get400NamingTheParameter(CapturedOutput output) {
		assertProblem(api().get("/api/v1/catalog/search?q=%FF"), 400, "q");
		assertProblem(api().get("/api/v1/network/partnerships?lang=%C0%AF"), 400, "lang");
		assertProblem(api().get("/api/v1/insight/totals?%FF=1"), 400, "%FF");
		assertProblem(api().get("/api/v1/catalog/search?q=%E4%B8"), 400, "q");
		Response page = api().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(baseUrl() + "/marketplace?q=%FF"))
			.header("Accept", "text/html")
			.build());
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("Twinport", "“q”").doesNotContain("Exception");
		Response chinese = api().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(baseUrl() + "/marketplace?q=%FF"))
			.header("Accept", "text/html")
			.header("Accept-Language", "zh-CN")
			.build());
		assertThat(chinese.body()).contains("无法理解该请求", "地址中“q”的值不是有效的文本").doesNotContain("Bad Request");
		assertNoErrorLogged(output);
	}

	@Test
	void requestsTomcatRefusesItselfAreAnsweredAsProblemsOrTheSitesPage(CapturedOutput output) throws IOException {
		List<String> apiRequests = List.of("GET /api/v1/catalog/products/%00 HTTP/1.1\r\nHost: t\r\n\r\n",
				"GET /api/v1/catalog/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: t\r\n\r\n",
				"GET /api/v1/network/partnerships HTTP/1.1\r\nHost: t\r\nX-Big: " + "a".repeat(20 * 1024) + "\r\n\r\n",
				"GET /api/v1/auth/tokens HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + "a".repeat(10_000)
						+ "\r\n\r\n",
				"POST /api/v1/cart/lines HTTP/1.1\r\nHost: t\r\nIdempotency-Key: a\u0001b\r\nContent-Length: 2\r\n\r\n{}");
		for (String request : apiRequests) {
			String answer = exchange(request.getBytes(StandardCharsets.ISO_8859_1));
			assertThat(answer).as(request.substring(0, 40)).startsWith("HTTP/1.1 400");
			assertThat(answer).contains("application/problem+json").doesNotContain("Apache Tomcat", "<html");
		}
		String page = exchange("GET /marketplace/%00 HTTP/1.1\r\nHost: t\r\nAccept: text/html\r\n\r\n"
			.getBytes(StandardCharsets.ISO_8859_1));
		assertThat(page).startsWith("HTTP/1.1 400").contains("text/html", "Twinport").doesNotContain("Apache Tomcat");

		ByteArrayOutputStream chunked = new ByteArrayOutputStream();
		chunked.writeBytes(("POST /login HTTP/1.1\r\nHost: t\r\nAccept: text/html\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		byte[] chunk = ("username=" + "a".repeat(65_527)).getBytes(StandardCharsets.ISO_8859_1);
		for (int i = 0; i < 128; i++) {
			chunked.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			chunked.writeBytes(chunk);
			chunked.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			chunk = "a".repeat(65_536).getBytes(StandardCharsets.ISO_8859_1);
		}
		chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		String tooLarge = exchange(chunked.toByteArray());
		assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("text/html", "Twinport").doesNotContain("Apache Tomcat");
		assertNoErrorLogged(output);
	}

	@Test
	void slowUploadsHoldOnlyAFewThreadsAndAreCutOff() throws Exception {
		// The limit is 64 requests with a body in flight per address (application.yml).
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < 100; i++) {
				Socket socket = new Socket("127.0.0.1", port);
				socket.getOutputStream()
					.write(("POST /api/v1/auth/tokens HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
							+ "Content-Length: 1000\r\n\r\n{\"username\":\"")
						.getBytes(StandardCharsets.ISO_8859_1));
				slow.add(socket);
			}
			assertThat(api().get("/actuator/health").status()).isEqualTo(200);
			assertThat(api().get("/api/v1/network/partnerships").status()).isEqualTo(200);

			// Each connection keeps sending a byte a second until the server answers it.
			List<String> answers = new ArrayList<>();
			List<Socket> waiting = new ArrayList<>(slow);
			long deadline = System.nanoTime() + 45_000_000_000L;
			while (!waiting.isEmpty() && System.nanoTime() < deadline) {
				for (var iterator = waiting.iterator(); iterator.hasNext();) {
					Socket socket = iterator.next();
					socket.setSoTimeout(5);
					String answer = readSome(socket);
					if (answer.isEmpty()) {
						try {
							socket.getOutputStream().write('a');
							continue;
						}
						catch (IOException ex) {
							socket.setSoTimeout(200);
							answer = readSome(socket);
							answer = answer.isEmpty() ? "reset" : answer;
						}
					}
					if (answer.startsWith("HTTP/1.1 503")) {
						assertThat(answer).contains("Connection: close", "application/problem+json");
					}
					answers.add(answer.lines().findFirst().orElse(""));
					iterator.remove();
				}
				Thread.sleep(1000);
			}
			assertThat(waiting).as("still reading after 45 s").isEmpty();
			// A connection closed with bytes still unread may reach the client as a reset instead
			// of the answer; either way it ended.
			assertThat(answers).allMatch(answer -> answer.startsWith("HTTP/1.1 503")
					|| answer.startsWith("HTTP/1.1 408") || answer.equals("reset"));
			long refused = answers.stream().filter(answer -> answer.startsWith("HTTP/1.1 503")).count();
			long cutOff = answers.stream().filter(answer -> answer.startsWith("HTTP/1.1 408")).count();
			assertThat(refused).as("refused before their body was read").isGreaterThanOrEqualTo(30);
			assertThat(cutOff).as("admitted, then cut off after the grace period").isBetween(1L, 64L);
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	private String exchange(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before the whole request is written.
			}
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String readSome(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[4096];
		try {
			int read = in.read(buffer);
			return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.UTF_8);
		}
		catch (SocketTimeoutException ex) {
			return "";
		}
		catch (IOException ex) {
			return "reset";
		}
	}

	@Test
	void aRefusedParameterIsCodedAndSaidInTheCallersLanguage() {
		var control = api().send("GET", "/api/v1/catalog/search?q=tea%00", null, null, "Accept-Language", "zh");
		assertProblem(control, 400, "q");
		assertThat(control.json().get("errors").get(0).get("code").asString())
			.isEqualTo("shared.problem.controlCharacter");
		assertThat(control.json().get("errors").get(0).get("message").asString()).contains("控制字符");

		var undecodable = api().send("GET", "/api/v1/catalog/search?q=%FF", null, null, "Accept-Language", "zh");
		assertProblem(undecodable, 400, "q");
		assertThat(undecodable.json().get("code").asString()).isEqualTo("platform.problem.parameterEncoding");
		assertThat(undecodable.json().get("detail").asString()).startsWith("q：").contains("UTF-8");

		var english = api().get("/api/v1/catalog/search?q=%FF");
		assertThat(english.json().get("detail").asString())
			.isEqualTo("q: is not valid percent-encoded UTF-8 text.");
	}

}

package org.twinport.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;

/**
 * The whole application on a real embedded PostgreSQL in a fresh data directory, served
 * over real HTTP on a random port. All subclasses share one application context (and one
 * database) per test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

	public static final Path HOME = TwinportTestProperties.freshHome();

	/** Generated for this test run; the product itself has no default password. */
	public static final String ADMIN_PASSWORD = TwinportTestProperties.ADMIN_PASSWORD;

	private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

	private static final Map<Role, String> PASSWORDS = new EnumMap<>(Role.class);

	/**
	 * Springdoc builds the OpenAPI document on its first request by inspecting every
	 * endpoint (seconds on an idle machine, well over 30 s on a loaded one) and caches it
	 * for the life of the application. Fetched once per test JVM, before the first test,
	 * and allowed to take that long, so that no test's own time limit depends on the
	 * machine being idle.
	 */
	private static final Duration OPEN_API_GENERATION_LIMIT = Duration.ofMinutes(5);

	private static volatile JsonNode openApiDocument;

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected AccountManagement accounts;

	@DynamicPropertySource
	static void twinport(DynamicPropertyRegistry registry) {
		TwinportTestProperties.register(registry, HOME);
	}

	@BeforeEach
	void generateOpenApiDocumentOnce() {
		openApiDocument();
	}

	/** The application's OpenAPI document, as {@code /v3/api-docs} serves it. */
	protected JsonNode openApiDocument() {
		if (openApiDocument == null) {
			synchronized (IntegrationTest.class) {
				if (openApiDocument == null) {
					ApiClient.Response response = api().waitingUpTo(OPEN_API_GENERATION_LIMIT).get("/v3/api-docs");
					if (response.status() != 200) {
						throw new IllegalStateException("No OpenAPI document: " + response);
					}
					openApiDocument = response.json();
				}
			}
		}
		return openApiDocument;
	}

	protected ApiClient api() {
		return new ApiClient("http://127.0.0.1:" + port);
	}

	protected String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/**
	 * The username of this run's test account for a role; ADMIN is the bootstrapped
	 * {@code admin}.
	 */
	protected String usernameFor(Role role) {
		return role == Role.ADMIN ? "admin" : "test." + role.name().toLowerCase().replace('_', '-');
	}

	protected synchronized String passwordFor(Role role) {
		if (role == Role.ADMIN) {
			return ADMIN_PASSWORD;
		}
		return PASSWORDS.computeIfAbsent(role, r -> {
			String password = Passwords.generate();
			Long place = r == Role.PARTNER_OFFICE ? placeId("gb-coventry") : null;
			Long company = r == Role.MERCHANT
					? jdbc.sql("select id from catalog.merchant order by id limit 1").query(Long.class).single() : null;
			accounts.create(new NewAccount(usernameFor(r), password, "Test " + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), r, place, company, false));
			return password;
		});
	}

	/**
	 * A bearer token for this run's account of the role, issued through the public token
	 * API.
	 */
	protected synchronized String tokenFor(Role role) {
		String cached = TOKENS.get(role);
		if (cached != null) {
			return cached;
		}
		String password = passwordFor(role);
		ApiClient.Response response = api().post("/api/v1/auth/tokens",
				"{\"username\":\"" + usernameFor(role) + "\",\"password\":\"" + password + "\",\"name\":\"tests\"}",
				null);
		if (response.status() != 201) {
			throw new IllegalStateException("Could not get a token for " + role + ": " + response);
		}
		JsonNode json = response.json();
		String token = json.get("token").asString();
		TOKENS.put(role, token);
		return token;
	}

	protected long placeId(String code) {
		return jdbc.sql("select id from network.place where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

}

package org.twinport.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.twinport.support.ApiClient;
import org.twinport.support.JarProcesses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as an operator runs it: {@code java -jar}, environment variables,
 * SIGTERM, restart on the same data directory, and an external PostgreSQL.
 */
class JarLifecycleIT {

	private static final Path JAR = Path.of(System.getProperty("twinport.jar", "target/twinport.jar"));

	private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

	record Running(Process process, int port, Path log) {

		ApiClient api() {
			return new ApiClient("http://127.0.0.1:" + port);
		}

		String output() throws IOException {
			return Files.readString(log);
		}
	}

	@Test
	void startsStopsOnSigtermAndKeepsEverythingAcrossRestarts() throws Exception {
		Path home = Files.createTempDirectory("twinport-jar-it");
		Running first = start(home, Map.of());
		String output = first.output();
		Matcher matcher = GENERATED.matcher(output);
		assertThat(matcher.find()).as("a generated admin password in the log").isTrue();
		String password = matcher.group(1);
		assertThat(output).contains("Loaded the DEMO dataset");

		var issued = first.api()
			.post("/api/v1/auth/tokens",
					"{\"username\":\"admin\",\"password\":\"" + password + "\",\"name\":\"persist\"}", null);
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json().get("token").asString();

		stop(first);
		assertThat(home.resolve("postgres/postmaster.pid")).as("embedded PostgreSQL stopped").doesNotExist();

		Running second = start(home, Map.of());
		try {
			String restartOutput = second.output();
			assertThat(restartOutput).doesNotContain("generated password").doesNotContain("Loaded the DEMO dataset");
			var tokens = second.api().get("/api/v1/auth/tokens", token);
			assertThat(tokens.status()).isEqualTo(200);
			assertThat(tokens.body()).contains("persist");
			assertThat(second.api().get("/api/v1/network/partnerships").json().get("totalItems").asInt()).isEqualTo(14);
		}
		finally {
			second.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}

		// After a SIGKILL the embedded server outlives the JVM; the next start must take
		// over its data directory.
		Running third = start(home, Map.of());
		try {
			assertThat(third.api().get("/api/v1/auth/tokens", token).status()).isEqualTo(200);
		}
		finally {
			stop(third);
		}
	}

	@Test
	void usesAnExternalPostgresWhenTwinportDbUrlIsSetAndSkipsDemoDataOnRequest() throws Exception {
		Path home = Files.createTempDirectory("twinport-jar-ext");
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			Map<String, String> env = Map.of("TWINPORT_DB_URL", external.getJdbcUrl("postgres", "postgres"),
					"TWINPORT_DB_USER", "postgres", "TWINPORT_DB_PASSWORD", "unused", "TWINPORT_DEMO", "false",
					"TWINPORT_ADMIN_PASSWORD", "an-operator-chosen-secret");
			Running running = start(home, env);
			try {
				assertThat(home.resolve("postgres")).as("no embedded database started").doesNotExist();
				assertThat(running.output()).contains("Using external PostgreSQL").doesNotContain("generated password");
				assertThat(running.api().get("/api/v1/network/partnerships").json().get("totalItems").asInt()).isZero();
				var token = running.api()
					.post("/api/v1/auth/tokens",
							"{\"username\":\"admin\",\"password\":\"an-operator-chosen-secret\",\"name\":\"ext\"}",
							null);
				assertThat(token.status()).isEqualTo(201);
				try (var connection = external.getPostgresDatabase().getConnection();
						var rows = connection.createStatement().executeQuery("select count(*) from identity.account")) {
					rows.next();
					assertThat(rows.getLong(1)).isEqualTo(1);
				}
			}
			finally {
				stop(running);
			}
		}
	}

	private static Running start(Path home, Map<String, String> extraEnv) throws Exception {
		int port = freePort();
		Path log = Files.createTempFile("twinport-jar", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(
				List.of(java, "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("TWINPORT_"));
		builder.environment().put("TWINPORT_HOME", home.toString());
		builder.environment().putAll(extraEnv);
		Process process = builder.start();
		Running running = new Running(process, port, log);
		JarProcesses.awaitHealthy(process, running.api(), running::output);
		return running;
	}

	/** {@link Process#destroy()} sends SIGTERM on Linux. */
	private static void stop(Running running) throws Exception {
		running.process().destroy();
		boolean exited = running.process().waitFor(60, TimeUnit.SECONDS);
		if (!exited) {
			running.process().destroyForcibly();
		}
		assertThat(exited).as("shut down within 60 s of SIGTERM").isTrue();
		assertThat(running.output()).contains("Graceful shutdown complete").doesNotContain("Exception");
		if (!running.output().contains("Using external PostgreSQL")) {
			assertThat(running.output()).contains("Embedded PostgreSQL stopped");
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

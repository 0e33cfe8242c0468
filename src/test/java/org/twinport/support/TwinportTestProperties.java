package org.twinport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.twinport.shared.Passwords;

/**
 * The settings every test application context runs with: its own {@code TWINPORT_HOME}
 * (so its own embedded PostgreSQL), a generated admin password and the limits the tests
 * rely on. Shared by the whole-application {@link IntegrationTest} and the module slices.
 */
public final class TwinportTestProperties {

	/** Generated for this test run; the product itself has no default password. */
	public static final String ADMIN_PASSWORD = Passwords.generate();

	private TwinportTestProperties() {
	}

	/**
	 * Registers the settings for a context whose data lives under {@code home}; two live
	 * contexts must not share one, as each starts a PostgreSQL in it.
	 */
	public static void register(DynamicPropertyRegistry registry, Path home) {
		registry.add("twinport.home", home::toString);
		registry.add("twinport.admin-password", () -> ADMIN_PASSWORD);
		registry.add("twinport.demo", () -> "true");
		registry.add("twinport.db.durable", () -> "false");
		// Small enough that LargeImportTest can go over it.
		registry.add("twinport.api.max-import-bytes", () -> Long.toString(8L * 1024 * 1024));
		// Facets are counted on a sample beyond this many matches (10,000 in production).
		registry.add("twinport.search.facet-sample", () -> "1000");
		// Tests read the samples right after start-up.
		registry.add("twinport.demo-samples-in-background", () -> "false");
		// SharedDataOnSeveralNodesTest waits this long for another node's change (5 s in
		// production); long enough that a change made here is seen to be used at once.
		registry.add("twinport.cache.shared-data-ttl", () -> "1s");
	}

	/** A new, empty directory under {@code target/test-homes}. */
	public static Path freshHome() {
		try {
			Path root = Files.createDirectories(Path.of("target", "test-homes"));
			return Files.createDirectory(root.resolve(UUID.randomUUID().toString())).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

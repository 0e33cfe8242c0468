package org.twinport.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the system of record: the external PostgreSQL named by {@code TWINPORT_DB_URL}, or else a
 * PostgreSQL started from the binaries on the class path with its data under {@code TWINPORT_HOME/postgres}.
 * The embedded server is stopped when the application context closes, so SIGTERM shuts both down.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(TwinportProperties properties, EmbeddedDatabase embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("twinport");
		config.setMaximumPoolSize(16);
		if (properties.db().external()) {
			config.setJdbcUrl(properties.db().url());
			config.setUsername(properties.db().user());
			config.setPassword(properties.db().password());
			log.info("Using external PostgreSQL at {}", properties.db().url());
		}
		else {
			config.setDataSource(embedded.server().getPostgresDatabase());
		}
		return new HikariDataSource(config);
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(TwinportProperties properties) {
		if (properties.db().external()) {
			return new EmbeddedDatabase(null);
		}
		Path dataDirectory = properties.home().resolve("postgres").toAbsolutePath();
		try {
			Files.createDirectories(dataDirectory.getParent());
			OrphanedPostgres.stopIfRunning(dataDirectory);
			long started = System.nanoTime();
			// Spring stops the server after everything that uses it; its own JVM hook would race with that.
			// The library's defaults suit throw-away test databases (fsync off); this one is the system of record.
			String durable = properties.db().durable() ? "on" : "off";
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", durable)
				.setServerConfig("synchronous_commit", durable)
				.setServerConfig("full_page_writes", durable)
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "128MB")
				.start();
			log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {} ({} ms)", server.getPort(), dataDirectory,
					(System.nanoTime() - started) / 1_000_000);
			return new EmbeddedDatabase(server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/** Holder so that the external mode still has a bean to close. */
	record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			if (server != null) {
				server.close();
				log.info("Embedded PostgreSQL stopped");
			}
		}
	}

}

package org.twinport.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the configuration is
 * known, so that initdb and the server's start overlap with the rest of the application
 * context's start-up instead of preceding it.
 */
class EmbeddedPostgresLauncher implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private Environment environment;

	private CompletableFuture<EmbeddedPostgres> starting;

	private boolean handedOver;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		TwinportProperties properties = Binder.get(environment)
			.bind("twinport", TwinportProperties.class)
			.orElseGet(() -> new TwinportProperties(null, true, null, null, null, null, null));
		if (!properties.db().external()) {
			starting = CompletableFuture.supplyAsync(() -> start(properties));
		}
	}

	/** The running server; the caller owns it from now on and must close it. */
	synchronized EmbeddedPostgres server() {
		try {
			handedOver = true;
			return starting.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
		}
	}

	/**
	 * Closes a server that was started but never handed over, for example when the
	 * context failed to start.
	 */
	@Override
	public synchronized void destroy() throws IOException {
		if (starting != null && !handedOver && starting.isDone() && !starting.isCompletedExceptionally()) {
			starting.join().close();
		}
	}

	private static EmbeddedPostgres start(TwinportProperties properties) {
		Path dataDirectory = properties.home().resolve("postgres").toAbsolutePath();
		try {
			Files.createDirectories(dataDirectory.getParent());
			OrphanedPostgres.stopIfRunning(dataDirectory);
			long started = System.nanoTime();
			// Spring stops the server after everything that uses it; the library's own
			// JVM hook would race with that.
			// The library's defaults suit throw-away test databases (fsync off); this one
			// is the system of record.
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
			log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {} ({} ms)", server.getPort(),
					dataDirectory, (System.nanoTime() - started) / 1_000_000);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

}

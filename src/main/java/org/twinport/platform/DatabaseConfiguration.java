package org.twinport.platform;

import java.io.IOException;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the system of record: the external PostgreSQL named by {@code TWINPORT_DB_URL},
 * or else a PostgreSQL started from the binaries on the class path with its data under
 * {@code TWINPORT_HOME/postgres}. The embedded server is stopped when the application
 * context closes, so SIGTERM shuts both down.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(TwinportProperties properties, EmbeddedDatabase embedded,
			@Value("${twinport.db.pool-size:8}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("twinport");
		config.setMaximumPoolSize(poolSize);
		log.info("Connection pool: at most {} connections (twinport.db.pool-size)", poolSize);
		if (properties.db().external()) {
			config.setJdbcUrl(properties.db().url());
			config.setUsername(properties.db().user());
			config.setPassword(properties.db().password());
			log.info("Using external PostgreSQL at {}", properties.db().url());
		}
		else {
			config.setDataSource(embedded.server().getPostgresDatabase(Map.of("reWriteBatchedInserts", "true")));
		}
		return new HikariDataSource(config);
	}

	/**
	 * Static: a post-processor must exist before the configuration class itself is
	 * instantiated.
	 */
	/**
	 * Event listeners still running on the application's task executor when it stops write to
	 * the database. Without a dependency the executor may close after the pool and the embedded
	 * server, and a listener in flight dies on a closed socket; depending on the data source, it
	 * closes first, waiting for them ({@code spring.task.execution.shutdown}).
	 */
	@Bean
	static BeanFactoryPostProcessor executorsCloseBeforeTheDatabase() {
		return beanFactory -> {
			for (String name : java.util.List.of("applicationTaskExecutor", "taskScheduler")) {
				if (beanFactory.containsBeanDefinition(name)) {
					BeanDefinition executor = beanFactory.getBeanDefinition(name);
					String[] before = executor.getDependsOn() == null ? new String[0] : executor.getDependsOn();
					String[] after = java.util.Arrays.copyOf(before, before.length + 1);
					after[before.length] = "dataSource";
					executor.setDependsOn(after);
				}
			}
		};
	}

	@Bean
	static EmbeddedPostgresLauncher embeddedPostgresLauncher() {
		return new EmbeddedPostgresLauncher();
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(TwinportProperties properties, EmbeddedPostgresLauncher launcher) {
		return new EmbeddedDatabase(properties.db().external() ? null : launcher.server());
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

package org.twinport.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.twinport.support.IntegrationTest;

/**
 * Beans close in the reverse order of their dependencies: the task executor that runs event
 * listeners must depend on the data source, so that it closes (waiting for the listeners in
 * flight) before the pool and the embedded PostgreSQL do. {@code JarLifecycleIT} shows the
 * whole shutdown; this pins the order it relies on.
 */
class ShutdownOrderTest extends IntegrationTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theListenersExecutorClosesBeforeTheDatabase() {
		var beans = context.getBeanFactory();
		assertThat(beans.getDependenciesForBean("applicationTaskExecutor")).contains("dataSource");
		assertThat(beans.getDependentBeans("dataSource")).contains("applicationTaskExecutor");
	}

}

package org.twinport.platform.internal;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Puts {@link BatchedPublications} in front of Spring Modulith's JDBC publication
 * repository, unless the completion mode is not the default (UPDATE: a completed
 * publication keeps its row), which the batched statement implements. The post-processor
 * is not ordered, so it runs after the transaction proxies have been applied to the
 * repository it wraps.
 */
@Configuration(proxyBeanMethods = false)
class BatchedPublicationsConfiguration {

	/** Spring Modulith's serializer gives way to this one (it is made only when none is defined). */
	@Bean
	EventSerializer eventSerializer(JsonMapper json) {
		return new JsonEventSerializer(json);
	}

	@Bean
	PublicationMarkWriter publicationMarkWriter(JdbcClient jdbc) {
		return new PublicationMarkWriter(jdbc);
	}

	@Bean
	static BeanPostProcessor batchedPublications(ObjectProvider<PublicationMarkWriter> writer,
			ObjectProvider<JdbcClient> jdbc, ObjectProvider<EventSerializer> serializer, Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof EventPublicationRepository repository && !(bean instanceof BatchedPublications)
						&& completionUpdatesTheRow(environment)) {
					return new BatchedPublications(repository, writer.getObject(), jdbc.getObject(),
							serializer.getObject());
				}
				return bean;
			}
		};
	}

	private static boolean completionUpdatesTheRow(Environment environment) {
		return "UPDATE".equalsIgnoreCase(environment.getProperty("spring.modulith.events.completion-mode", "UPDATE"));
	}

}

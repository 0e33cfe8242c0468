package org.twinport.platform.internal;

import java.time.Instant;

import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one JSON mapper, as Spring Boot builds it, with faster instants. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer utcInstants() {
		return builder -> builder
			.addModule(new SimpleModule("utc-instants").addDeserializer(Instant.class, new UtcInstantDeserializer()));
	}

}

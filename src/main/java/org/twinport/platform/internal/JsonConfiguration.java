package org.twinport.platform.internal;

import java.time.Instant;

import tools.jackson.databind.module.SimpleModule;
import tools.jackson.module.blackbird.BlackbirdModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one JSON mapper, as Spring Boot builds it, made cheaper to run:
 * Blackbird's generated accessors and creators instead of method handles called one by
 * one, and instants in Twinport's own layout read without a formatter.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer utcInstants() {
		return builder -> builder.addModule(new BlackbirdModule())
			.addModule(new SimpleModule("utc-instants").addDeserializer(Instant.class, new UtcInstantDeserializer()));
	}

}

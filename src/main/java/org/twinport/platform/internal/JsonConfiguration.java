package org.twinport.platform.internal;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.module.blackbird.BlackbirdModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one JSON mapper, as Spring Boot builds it, made cheaper to run:
 * Blackbird's generated accessors and creators instead of method handles called one by
 * one, and instants in Twinport's own layout read without a formatter. It reads strictly:
 * an integer must be written as one (not {@code 2.7}, not {@code "2"}), lists and maps hold
 * no nulls, decimals and dates are bounded
 * while they are read, and text carries no control characters
 * ({@link RequestValueDeserializers}).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer utcInstants() {
		return builder -> builder.addModule(new BlackbirdModule())
			.addModule(new SimpleModule("utc-instants").addDeserializer(Instant.class, new UtcInstantDeserializer()))
			.addModule(RequestValueDeserializers.module())
			.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
			// [null] in a list or a null map value is refused naming its place, not passed on.
			.changeDefaultNullHandling(nulls -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
			.withCoercionConfig(LogicalType.Integer,
					config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}

}

package org.twinport.platform.internal;

import java.math.BigDecimal;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.twinport.shared.Decimals;

/**
 * Decimal request parameters and form fields are bound like JSON decimals: within
 * {@link Decimals}' bound, refused before any arithmetic otherwise.
 */
@Configuration(proxyBeanMethods = false)
class BoundedDecimalParameters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, BigDecimal.class, text -> Decimals.parse(text, "value"));
	}

}

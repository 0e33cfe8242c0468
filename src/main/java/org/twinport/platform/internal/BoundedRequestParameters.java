package org.twinport.platform.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.twinport.shared.Dates;
import org.twinport.shared.Decimals;

/**
 * Decimal and date request parameters and form fields are bound like JSON ones: within
 * {@link Decimals}' and {@link Dates}' bounds, refused before any arithmetic otherwise.
 */
@Configuration(proxyBeanMethods = false)
class BoundedRequestParameters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, BigDecimal.class, text -> Decimals.parse(text, "value"));
		registry.addConverter(String.class, LocalDate.class, text -> Dates.parse(text, "value"));
	}

}

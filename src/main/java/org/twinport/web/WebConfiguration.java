package org.twinport.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.twinport.identity.PublicPaths;

/**
 * Language: English or Simplified Chinese, chosen with {@code ?lang=} and remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("twinport-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			Locale requested = request.getLocale();
			return requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
					: Locale.ENGLISH;
		});
		return resolver;
	}

	/**
	 * Spring Boot turns on the resource chain because the web-jar locator is on the class path, and with it a filter that
	 * asks the resource resolvers about every link a template builds: with static resources under {@code /**} that is a
	 * class-path lookup per link, a hundred per marketplace page. The chain has no versioning strategy to write into
	 * links, so the filter changes none of them; registering it disabled keeps it out.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	private final LayoutInterceptor layout;

	WebConfiguration(LayoutInterceptor layout) {
		this.layout = layout;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(layout).excludePathPatterns("/api/**");
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}

}

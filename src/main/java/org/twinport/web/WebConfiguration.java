package org.twinport.web;


import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.PublicPaths;

/**
 * Language: one of {@link UiLanguage#ALL}, chosen with {@code ?lang=} and remembered in a
 * cookie and on the account ({@link LanguageChoice}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Also told of every sign-in, to restore the account's language. */
	@Bean
	LanguageChoice localeResolver(AccountManagement accounts) {
		return new LanguageChoice(accounts);
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

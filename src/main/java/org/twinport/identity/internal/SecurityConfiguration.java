package org.twinport.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.twinport.identity.PublicPaths;
import org.twinport.identity.SignInListener;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.web.RefusalResponses;

/**
 * Two filter chains: the API and actuator (stateless, bearer tokens, problem+json errors)
 * and the pages (session, form login, CSRF). Anonymous visitors may GET what modules
 * declare in {@link PublicPaths} and addresses of no page (which answer 404); roles are
 * enforced per endpoint with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String[] ALWAYS_PUBLIC_PAGES = { "/", "/login", "/css/**", "/js/**", "/images/**", "/geo/**",
			"/webjars/**", "/favicon.ico", "/error", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs",
			"/v3/api-docs.yaml", "/v3/api-docs/**" };

	/**
	 * No observation around every security filter: they cost a tenth of a request's CPU,
	 * and the HTTP server observation already times each request.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	AuthenticationManager authenticationManager(AccountManagementService accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, LoginAddressLimit addresses) {
		var passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, addresses));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ObjectProvider<PublicPaths> publicPaths,
			AuthenticationManager authenticationManager, RefusalResponses refusals) throws Exception {
		var problems = new ProblemSecurityHandlers(refusals);
		String[] publicApi = publicPatterns(publicPaths, "/api/");
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationManager(authenticationManager)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens")
				.permitAll()
				.requestMatchers(readsOf(publicApi))
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<PublicPaths> publicPaths,
			AuthenticationManager authenticationManager, ApplicationContext context,
			ObjectProvider<SignInListener> signInListeners) throws Exception {
		var unhandled = new UnhandledRequests(context);
		String[] publicPages = publicPatterns(publicPaths, "/");
		http.authenticationManager(authenticationManager)
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
			.formLogin(form -> form.loginPage("/login")
				.failureHandler(loginFailure())
				.successHandler(loginSuccess(signInListeners)))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, ALWAYS_PUBLIC_PAGES)
				.permitAll()
				.requestMatchers(HttpMethod.GET, publicPages)
				.permitAll()
				.requestMatchers("/login", "/error")
				.permitAll()
				.anyRequest()
				.access(AuthorizationManagers.anyOf(AuthenticatedAuthorizationManager.authenticated(),
						(authentication, request) -> new AuthorizationDecision(
								unhandled.matches(request.getRequest())))));
		return http.build();
	}

	/**
	 * The CSRF token in an HttpOnly cookie rather than in the session: every page renders
	 * it (htmx sends it back), and kept in the session it would make each anonymous visit
	 * of a public page write a session row. Sessions are for signed-in users only.
	 */
	private static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
	}

	/** Back to the page that asked for a sign-in (or home), after the listeners set what the account keeps. */
	private static AuthenticationSuccessHandler loginSuccess(ObjectProvider<SignInListener> listeners) {
		var redirect = new SavedRequestAwareAuthenticationSuccessHandler();
		redirect.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof TwinportUser user) {
				listeners.orderedStream().forEach(listener -> listener.signedIn(user, request, response));
			}
			redirect.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> {
			String reason = "error";
			if (exception instanceof LoginThrottledException throttled) {
				reason = (throttled.reason() == LoginThrottledException.Reason.ADDRESS ? "busyAddress=" : "throttled=")
						+ throttled.retryAfterSeconds();
			}
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

	/**
	 * GETs of any of the patterns, the method compared first: every API write would
	 * otherwise be matched against each public pattern in turn, parsing its path each
	 * time.
	 */
	private static RequestMatcher readsOf(String[] patterns) {
		RequestMatcher anyPattern = new OrRequestMatcher(Arrays.stream(patterns)
			.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
			.toList());
		return request -> HttpMethod.GET.matches(request.getMethod()) && anyPattern.matches(request);
	}

	private static String[] publicPatterns(ObjectProvider<PublicPaths> publicPaths, String prefix) {
		List<String> patterns = publicPaths.orderedStream()
			.flatMap(paths -> paths.readableByAnyone().stream())
			.filter(pattern -> pattern.startsWith(prefix) && (!prefix.equals("/") || !pattern.startsWith("/api/")))
			.toList();
		return patterns.isEmpty() ? new String[] { "/__none__" } : patterns.toArray(String[]::new);
	}

}

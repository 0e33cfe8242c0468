package org.twinport.ordering.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Carts;

/**
 * On the first page a buyer opens after signing in, the cart kept in the browser's cookie
 * is merged into the account's cart and the cookie is cleared.
 */
@Configuration(proxyBeanMethods = false)
class CartMergeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final Carts carts;

	CartMergeInterceptor(Carts carts) {
		this.carts = carts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**", "/images/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof TwinportUser user && user.is(Role.BUYER)) {
			Map<Long, Integer> anonymous = CartCookie.read(request);
			if (!anonymous.isEmpty()) {
				carts.merge(user, anonymous);
				CartCookie.clear(response);
				CartBadgeInterceptor.forget(request);
			}
		}
		return true;
	}

}

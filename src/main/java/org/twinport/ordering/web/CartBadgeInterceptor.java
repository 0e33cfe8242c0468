package org.twinport.ordering.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.twinport.catalog.HomeMarket;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Carts;
import org.twinport.shared.web.ChosenMarket;

/**
 * Gives every page the header's cart badge ({@code cartBadge}): units and subtotal. A
 * buyer's badge is kept in the session and read again only after a form changed
 * something (any POST) or when the session has none; a visitor's comes from the cart
 * cookie, priced in one query, and only when the cookie holds lines.
 */
@Configuration(proxyBeanMethods = false)
class CartBadgeInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String SESSION_ATTRIBUTE = CartBadge.class.getName();

	private final Carts carts;

	private final CartPrices prices;

	private final HomeMarket home;

	CartBadgeInterceptor(Carts carts, CartPrices prices, HomeMarket home) {
		this.carts = carts;
		this.prices = prices;
		this.home = home;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**", "/images/**");
	}

	static void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(SESSION_ATTRIBUTE);
		}
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			forget(request);
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof TwinportUser user) {
			if (user.is(Role.BUYER)) {
				view.addObject("cartBadge", buyerBadge(user, request));
			}
			return;
		}
		Map<Long, Integer> lines = CartCookie.read(request);
		if (!lines.isEmpty()) {
			ChosenMarket chosen = ChosenMarket.read(request).orElse(new ChosenMarket(home.country(), null));
			view.addObject("cartBadge", prices.of(lines, chosen.market(), chosen.currency()).badge());
		}
	}

	private CartBadge buyerBadge(TwinportUser user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof CartBadge kept) {
			return kept;
		}
		CartBadge badge = prices.of(carts.current(user)).badge();
		if (session != null) {
			session.setAttribute(SESSION_ATTRIBUTE, badge);
		}
		return badge;
	}

}

package org.twinport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.twinport.shared.UiLanguage;
import org.twinport.identity.TwinportUser;

/**
 * Gives every rendered page what the layout needs: the signed-in user, the path, the
 * language.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TwinportUser user) {
			view.addObject("currentUser", user);
		}
		view.addObject("currentPath", request.getRequestURI());
		view.addObject("langSwitch", languageSwitch(request));
		UiLanguage language = UiLanguage.of(RequestContextUtils.getLocale(request)).orElse(UiLanguage.ENGLISH);
		view.addObject("lang", language.code());
		view.addObject("htmlLang", language.htmlLang());
		view.addObject("uiLanguages", UiLanguage.ALL);
	}

	/**
	 * The page's address with its query but without {@code lang}, ending in "?" or "&" so
	 * that a language can be appended: switching language keeps a buyer's search, market
	 * and filters. Only a GET's query is kept; a form answer switches to its path.
	 */
	private static String languageSwitch(HttpServletRequest request) {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder
			.fromPath(request.getRequestURI());
		if ("GET".equals(request.getMethod())) {
			request.getParameterMap().forEach((name, values) -> {
				if (!name.equals("lang")) {
					uri.queryParam(name, (Object[]) values);
				}
			});
		}
		String base = uri.encode().build().toUriString();
		return base + (base.contains("?") ? "&" : "?");
	}

}

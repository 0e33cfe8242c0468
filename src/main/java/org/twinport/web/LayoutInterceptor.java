package org.twinport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.twinport.identity.TwinportUser;

/**
 * Gives every rendered page what the layout needs: the signed-in user, the path, the
 * language.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TwinportUser user) {
			view.addObject("currentUser", user);
		}
		view.addObject("currentPath", request.getRequestURI());
		view.addObject("lang", RequestContextUtils.getLocale(request).getLanguage());
	}

}

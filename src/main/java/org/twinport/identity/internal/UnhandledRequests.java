package org.twinport.identity.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests that nothing but the static resources could answer: addresses of no page. The
 * page chain lets anyone through to them so that an unknown address answers 404 for
 * everybody instead of sending an anonymous visitor to sign in for a page that does not
 * exist. A known path asked with another method counts as handled (it needs sign-in as
 * before).
 */
final class UnhandledRequests implements RequestMatcher {

	private final ApplicationContext context;

	private volatile List<HandlerMapping> mappings;

	UnhandledRequests(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		for (HandlerMapping mapping : mappings()) {
			// The mappings record what they matched in request attributes; the
			// dispatcher does that again later, so this look-up must leave none behind.
			HttpServletRequest lookup = new IsolatedAttributes(request);
			if (mapping.usesPathPatterns()) {
				ServletRequestPathUtils.parseAndCache(lookup);
			}
			HandlerExecutionChain chain;
			try {
				chain = mapping.getHandler(lookup);
			}
			catch (Exception ex) {
				return false;
			}
			if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
				return false;
			}
		}
		return true;
	}

	/** Looked up on first use: the security filters are built before the web mappings. */
	private List<HandlerMapping> mappings() {
		List<HandlerMapping> found = this.mappings;
		if (found == null) {
			found = new ArrayList<>(
					BeanFactoryUtils.beansOfTypeIncludingAncestors(context, HandlerMapping.class, true, false).values());
			AnnotationAwareOrderComparator.sort(found);
			this.mappings = found;
		}
		return found;
	}

	/** Attributes set during the look-up stay in the wrapper. */
	private static final class IsolatedAttributes extends HttpServletRequestWrapper {

		private final Map<String, Object> set = new HashMap<>();

		private final Set<String> removed = new HashSet<>();

		IsolatedAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			if (set.containsKey(name)) {
				return set.get(name);
			}
			return removed.contains(name) ? null : super.getAttribute(name);
		}

		@Override
		public java.util.Enumeration<String> getAttributeNames() {
			Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
			names.removeAll(removed);
			names.addAll(set.keySet());
			return Collections.enumeration(names);
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				removeAttribute(name);
				return;
			}
			set.put(name, value);
			removed.remove(name);
		}

		@Override
		public void removeAttribute(String name) {
			set.remove(name);
			removed.add(name);
		}

	}

}

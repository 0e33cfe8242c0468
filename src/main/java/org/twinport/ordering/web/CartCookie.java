package org.twinport.ordering.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cart of a visitor who has not signed in, kept in the browser as
 * {@code twinport_cart=variantId:quantity,...}. The server never writes a cart for an
 * anonymous visitor; it reads this cookie once the visitor signs in.
 */
final class CartCookie {

	static final String NAME = "twinport_cart";

	private static final int MAX_LINES = 50;

	private CartCookie() {
	}

	/** The lines in the cookie; malformed entries are skipped, never an error. */
	static Map<Long, Integer> read(HttpServletRequest request) {
		Map<Long, Integer> lines = new LinkedHashMap<>();
		if (request.getCookies() == null) {
			return lines;
		}
		for (Cookie cookie : request.getCookies()) {
			if (NAME.equals(cookie.getName()) && cookie.getValue() != null) {
				for (String entry : cookie.getValue().replace("\"", "").split("[,|]")) {
					String[] parts = entry.split(":");
					if (parts.length == 2 && parts[0].matches("[0-9]{1,18}") && parts[1].matches("[0-9]{1,3}")
							&& lines.size() < MAX_LINES) {
						lines.merge(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Integer::sum);
					}
				}
			}
		}
		return lines;
	}

	static void clear(HttpServletResponse response) {
		Cookie gone = new Cookie(NAME, "");
		gone.setPath("/");
		gone.setMaxAge(0);
		response.addCookie(gone);
	}

}

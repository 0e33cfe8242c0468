package org.twinport.shared.web;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The delivery market and currency a buyer chose last, on the marketplace, a product page
 * or the cart, kept in the browser as {@code twinport_market=FI} or {@code FI.EUR}, so
 * that every page opens on it (a cookie rather than the server session: visitors who
 * only browse get no session row). {@code currency} is null for "the market's own".
 * Callers check the market against the ones they serve.
 */
public record ChosenMarket(String market, String currency) {

	static final String NAME = "twinport_market";

	private static final int ONE_YEAR = 365 * 24 * 3600;

	public static Optional<ChosenMarket> read(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (NAME.equals(cookie.getName()) && cookie.getValue() != null
					&& cookie.getValue().matches("^[A-Z]{2}(\\.[A-Z]{3})?$")) {
				String[] parts = cookie.getValue().split("\\.");
				return Optional.of(new ChosenMarket(parts[0], parts.length > 1 ? parts[1] : null));
			}
		}
		return Optional.empty();
	}

	/** Remembers the choice unless it is the one remembered already. */
	public static void remember(HttpServletRequest request, HttpServletResponse response, String market,
			String currency) {
		String value = market + (currency == null || !currency.matches("^[A-Z]{3}$") ? "" : "." + currency);
		if (!market.matches("^[A-Z]{2}$") || read(request).map(ChosenMarket::value).filter(value::equals).isPresent()) {
			return;
		}
		Cookie cookie = new Cookie(NAME, value);
		cookie.setPath("/");
		cookie.setMaxAge(ONE_YEAR);
		cookie.setHttpOnly(true);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	String value() {
		return market + (currency == null ? "" : "." + currency);
	}

}

package org.twinport.shared.web;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.twinport.shared.CountryCode;
import org.twinport.shared.CurrencyCode;

/**
 * The delivery market and currency a buyer chose last, on the marketplace, a product page
 * or the cart, kept in the browser as {@code twinport_market=FI} or {@code FI.EUR}, so
 * that every page opens on it (a cookie rather than the server session: visitors who
 * only browse get no session row). {@code currency} is null for "the market's own".
 * Callers check the market against the ones they serve.
 */
public record ChosenMarket(String market, @Nullable String currency) {

	static final String NAME = "twinport_market";

	private static final int ONE_YEAR = 365 * 24 * 3600;

	public static Optional<ChosenMarket> read(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (NAME.equals(cookie.getName()) && cookie.getValue() != null) {
				return parse(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** {@code FI} or {@code FI.EUR}; empty when the market or the currency is no code. */
	private static Optional<ChosenMarket> parse(String value) {
		int dot = value.indexOf('.');
		String market = dot < 0 ? value : value.substring(0, dot);
		String currency = dot < 0 ? null : value.substring(dot + 1);
		if (!CountryCode.isValid(market) || (currency != null && !CurrencyCode.isValid(currency))) {
			return Optional.empty();
		}
		return Optional.of(new ChosenMarket(market, currency));
	}

	/**
	 * Remembers the choice unless it is the one remembered already; a market that is no
	 * country code is not remembered, a currency that is none is left out.
	 */
	public static void remember(HttpServletRequest request, HttpServletResponse response, String market,
			@Nullable String currency) {
		String value = market + (CurrencyCode.isValid(currency) ? "." + currency : "");
		if (!CountryCode.isValid(market) || read(request).map(ChosenMarket::value).filter(value::equals).isPresent()) {
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

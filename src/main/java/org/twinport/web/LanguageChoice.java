package org.twinport.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.twinport.shared.UiLanguage;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.SignInListener;
import org.twinport.identity.TwinportUser;

/**
 * The interface language: the account's choice (its account page; restored into the cookie
 * at every sign-in), then the {@code twinport-lang} cookie, then the best of
 * {@code Accept-Language}, then English. The header's switch changes the cookie only, for
 * this browser; a language the interface does not speak is never set.
 */
class LanguageChoice extends CookieLocaleResolver implements SignInListener {

	static final String COOKIE = "twinport-lang";

	private final AccountManagement accounts;

	LanguageChoice(AccountManagement accounts) {
		super(COOKIE);
		this.accounts = accounts;
		setCookieMaxAge(Duration.ofDays(365));
		setDefaultLocaleFunction(LanguageChoice::fromAcceptLanguage);
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				if (range.getWeight() > 0 && !range.getRange().equals("*")) {
					var language = UiLanguage.of(Locale.forLanguageTag(range.getRange()));
					if (language.isPresent()) {
						return language.get().locale();
					}
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			// a header we cannot read chooses nothing
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable Locale locale) {
		if (locale == null) {
			super.setLocale(request, response, null);
			return;
		}
		UiLanguage language = UiLanguage.of(locale).orElse(null);
		if (language == null) {
			return;
		}
		super.setLocale(request, response, language.locale());
	}

	@Override
	public void signedIn(TwinportUser user, HttpServletRequest request, HttpServletResponse response) {
		accounts.uiLanguage(user.id())
			.flatMap(UiLanguage::ofCode)
			.ifPresent(language -> super.setLocale(request, response, language.locale()));
	}

}

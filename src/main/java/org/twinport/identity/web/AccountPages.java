package org.twinport.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.TwinportUser;
import org.twinport.identity.internal.ApiTokens;
import org.twinport.shared.UiLanguage;

/** Sign-in page and the signed-in user's own account page: interface language and API tokens. */
@Controller
class AccountPages {

	private final ApiTokens tokens;

	private final AccountManagement accounts;

	AccountPages(ApiTokens tokens, AccountManagement accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/account/tokens")
	String tokens(@AuthenticationPrincipal TwinportUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user.id()));
		model.addAttribute("uiLanguage", accounts.uiLanguage(user.id()).orElse(""));
		model.addAttribute("languages", UiLanguage.ALL);
		return "identity/tokens";
	}

	/**
	 * The language the interface speaks to this account at every sign-in, from now on in
	 * this browser too; blank forgets it (the browser's choice then applies).
	 */
	@PostMapping("/account/language")
	String chooseLanguage(@AuthenticationPrincipal TwinportUser user, @RequestParam(defaultValue = "") String language,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (language.isBlank()) {
			accounts.chooseUiLanguage(user.id(), null);
		}
		else {
			UiLanguage chosen = UiLanguage.ofCode(language).orElse(null);
			if (chosen == null) {
				redirect.addFlashAttribute("error", "account.language.unknown");
				return "redirect:/account/tokens";
			}
			accounts.chooseUiLanguage(user.id(), chosen.code());
			LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
			if (resolver != null) {
				resolver.setLocale(request, response, chosen.locale());
			}
		}
		redirect.addFlashAttribute("languageSaved", true);
		return "redirect:/account/tokens";
	}

	/**
	 * Shows the new token in this response only, not after a redirect: a flash attribute
	 * would write the secret into the session table, where only its hash may be stored.
	 */
	@PostMapping("/account/tokens")
	String issue(@AuthenticationPrincipal TwinportUser user, @RequestParam String name, RedirectAttributes redirect,
			Model model) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			redirect.addFlashAttribute("error", "tokens.name.invalid");
			return "redirect:/account/tokens";
		}
		model.addAttribute("issued", tokens.issue(user.id(), trimmed));
		return tokens(user, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal TwinportUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (tokens.revoke(user.id(), id)) {
			redirect.addFlashAttribute("revoked", id);
		}
		else {
			redirect.addFlashAttribute("error", "tokens.revoke.missing");
		}
		return "redirect:/account/tokens";
	}

}

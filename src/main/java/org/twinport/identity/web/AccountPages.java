package org.twinport.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.identity.TwinportUser;
import org.twinport.identity.internal.ApiTokens;

/** Sign-in page and the signed-in user's own API tokens. */
@Controller
class AccountPages {

	private final ApiTokens tokens;

	AccountPages(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/account/tokens")
	String tokens(@AuthenticationPrincipal TwinportUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user.id()));
		return "identity/tokens";
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

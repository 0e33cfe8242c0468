package org.twinport.matchmaking.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.Companies;
import org.twinport.matchmaking.CompanyProfile;
import org.twinport.matchmaking.CompanySize;
import org.twinport.matchmaking.Meetings;
import org.twinport.matchmaking.Offering;
import org.twinport.matchmaking.ProfileDraft;
import org.twinport.matchmaking.Suggestions;
import org.twinport.shared.NotFoundException;

/** The landing page, the company profile and suggestions; RFQs and quotes are {@link RfqPages}. */
@Controller
class ProfilePages {

	private final Companies companies;

	private final Suggestions suggestions;

	private final Meetings meetings;

	private final ProfileChoices profileChoices;

	private final FormAttempts forms;

	ProfilePages(Companies companies, Suggestions suggestions, Meetings meetings, ProfileChoices profileChoices,
			FormAttempts forms) {
		this.forms = forms;
		this.profileChoices = profileChoices;
		this.companies = companies;
		this.suggestions = suggestions;
		this.meetings = meetings;
	}

	@GetMapping("/matchmaking")
	String home(Locale locale, Model model) {
		model.addAttribute("sessions", meetings.sessions(locale.getLanguage()));
		return "matchmaking/home";
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@GetMapping("/matchmaking/profile")
	String profile(@AuthenticationPrincipal TwinportUser user, Locale locale, HttpSession session, Model model) {
		CompanyProfile company;
		try {
			company = companies.mine(user, locale.getLanguage());
		}
		catch (NotFoundException ex) {
			company = null;
		}
		model.addAttribute("company", company);
		model.addAttribute("sizes", CompanySize.values());
		model.addAttribute("offerings", Offering.values());
		model.addAttribute("rfqWaiting", session.getAttribute(RfqPages.PENDING_RFQ) != null);
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", ProfileChoices.form(company, locale));
		}
		TypedForm form = (TypedForm) model.getAttribute("profileForm");
		model.addAttribute("places", profileChoices.places(locale));
		model.addAttribute("sellsOptions", profileChoices.hs(form.all("sellsHs"), locale));
		model.addAttribute("buysOptions", profileChoices.hs(form.all("buysHs"), locale));
		model.addAttribute("isicOptions", ProfileChoices.ISIC);
		model.addAttribute("marketOptions", profileChoices.countries(form.all("markets"), locale));
		model.addAttribute("languageOptions", ProfileChoices.languages(form.all("languages"), locale));
		return "matchmaking/profile";
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/profile")
	String saveProfile(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String placeCode,
			@RequestParam(required = false) CompanySize size,
			@RequestParam(defaultValue = "false") boolean openToMeetings,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String sellsHs,
			@RequestParam(defaultValue = "") String buysHs, @RequestParam(defaultValue = "") String isic,
			@RequestParam(required = false) List<Offering> offers, @RequestParam(required = false) List<Offering> seeks,
			@RequestParam(defaultValue = "") String markets, @RequestParam(defaultValue = "") String languages,
			@RequestParam(defaultValue = "") String workStarts, @RequestParam(defaultValue = "") String workEnds,
			@AuthenticationPrincipal TwinportUser user, Locale locale, HttpSession session, HttpServletRequest request,
			RedirectAttributes flash) {
		String lang = locale.getLanguage();
		String next = forms.attempt("/matchmaking/profile", flash, request, "profileForm", () -> {
			ProfileDraft draft = new ProfileDraft(name, placeCode, size, openToMeetings,
					description.isBlank() ? Map.of() : Map.of(lang, description), FormLists.of(sellsHs),
					FormLists.of(buysHs), FormLists.of(isic), offers, seeks, FormLists.of(markets),
					FormLists.of(languages), workStarts, workEnds);
			companies.saveMine(user, draft, lang);
			flash.addFlashAttribute("saved", true);
		});
		boolean saved = !FormAttempts.refused(flash);
		return saved && session.getAttribute(RfqPages.PENDING_RFQ) != null ? "redirect:/matchmaking/rfqs#rfq-form" : next;
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@GetMapping("/matchmaking/suggestions")
	String suggestions(@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		try {
			model.addAttribute("suggestions", suggestions.counterparts(user, null, locale.getLanguage(), 20));
		}
		catch (NotFoundException ex) {
			return "redirect:/matchmaking/profile";
		}
		return "matchmaking/suggestions";
	}

	/** htmx removes the row with the empty answer. */
	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/suggestions/{id}/hide")
	@ResponseBody
	String hide(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		suggestions.hide(user, id);
		return "";
	}

}

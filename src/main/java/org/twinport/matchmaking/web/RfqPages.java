package org.twinport.matchmaking.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.Companies;
import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.QuoteView;
import org.twinport.matchmaking.RfqAttachments;
import org.twinport.matchmaking.RfqDraft;
import org.twinport.matchmaking.RfqView;
import org.twinport.matchmaking.Sourcing;
import org.twinport.matchmaking.Suggestions;
import org.twinport.shared.Amounts;
import org.twinport.shared.Decimals;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/**
 * RFQs and their quotes: the list and the form (an RFQ typed before the company has a
 * profile waits in the session), one RFQ with its quotes, files and suppliers, and
 * accepting a quote.
 */
@Controller
class RfqPages {

	/** An RFQ typed before the company had a profile, kept in the session until posted. */
	static final String PENDING_RFQ = "matchmaking.pendingRfq";

	private final Companies companies;

	private final Suggestions suggestions;

	private final Sourcing sourcing;

	private final RfqAttachments attachments;

	private final Amounts amounts;

	private final FormAttempts forms;

	RfqPages(Companies companies, Suggestions suggestions, Sourcing sourcing, RfqAttachments attachments,
			Amounts amounts, FormAttempts forms) {
		this.companies = companies;
		this.suggestions = suggestions;
		this.sourcing = sourcing;
		this.attachments = attachments;
		this.amounts = amounts;
		this.forms = forms;
	}

	@GetMapping("/matchmaking/rfqs")
	String rfqs(@AuthenticationPrincipal TwinportUser user, HttpSession session, Model model) {
		model.addAttribute("rfqs", sourcing.rfqs(user));
		model.addAttribute("canPost", user.is(Role.MERCHANT) || user.is(Role.BUYER));
		if (!model.containsAttribute("rfqForm") && session.getAttribute(PENDING_RFQ) instanceof Map<?, ?> pending) {
			model.addAttribute("rfqForm", pending);
			model.addAttribute("rfqRestored", true);
		}
		return "matchmaking/rfqs";
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/rfqs")
	String postRfq(@RequestParam(defaultValue = "") String product, @RequestParam(defaultValue = "") String hsCode,
			@RequestParam(defaultValue = "") String quantity, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String targetAmount, @RequestParam(defaultValue = "EUR") String currency,
			@RequestParam(defaultValue = "") String incoterm, @RequestParam(defaultValue = "") String destination,
			@RequestParam(defaultValue = "") String deadline, @AuthenticationPrincipal TwinportUser user,
			Locale locale, HttpSession session, RedirectAttributes flash) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("product", product);
		typed.put("hsCode", hsCode);
		typed.put("quantity", quantity);
		typed.put("unit", unit);
		typed.put("targetAmount", targetAmount);
		typed.put("currency", currency);
		typed.put("incoterm", incoterm);
		typed.put("destination", destination);
		typed.put("deadline", deadline);
		if (!hasProfile(user, locale)) {
			// An RFQ is posted by a company: keep what was typed while the buyer makes one.
			session.setAttribute(PENDING_RFQ, new HashMap<>(typed));
			return "redirect:/matchmaking/profile";
		}
		String next = forms.attempt("/matchmaking/rfqs", flash,
				() -> sourcing.create(user,
						new RfqDraft(product, hsCode, null, decimal(quantity, "quantity"), unit,
								targetAmount.isBlank() ? null : Money.parse(targetAmount, currency, "targetUnitPrice"),
								incoterm, destination.toUpperCase(Locale.ROOT), date(deadline, "deadline"))));
		if (FormAttempts.refused(flash)) {
			flash.addFlashAttribute("rfqForm", typed);
		}
		else {
			session.removeAttribute(PENDING_RFQ);
			done(flash, "mm.done.rfqPosted", product, "");
		}
		return next;
	}

	private boolean hasProfile(TwinportUser user, Locale locale) {
		try {
			companies.mine(user, locale.getLanguage());
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	@GetMapping("/matchmaking/rfqs/{id}")
	String rfq(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		var rfq = sourcing.rfq(user, id);
		model.addAttribute("rfq", rfq);
		model.addAttribute("quotes", sourcing.quotes(user, id));
		model.addAttribute("owner", rfq.quoteCount() != null && !user.is(Role.ADMIN));
		model.addAttribute("suppliers", rfq.quoteCount() != null
				? suggestions.suppliers(user, id, locale.getLanguage(), 5) : new ArrayList<>());
		model.addAttribute("canQuote", (user.is(Role.MERCHANT) || user.is(Role.BUYER)) && rfq.quoteCount() == null);
		try {
			model.addAttribute("attachments", attachments.attachments(user, id));
			model.addAttribute("party", true);
		}
		catch (NotFoundException ex) {
			model.addAttribute("attachments", List.of());
			model.addAttribute("party", false);
		}
		model.addAttribute("invited", rfq.quoteCount() != null ? attachments.invited(user, id) : List.of());
		if (!model.containsAttribute("quoteForm")) {
			model.addAttribute("quoteForm", TypedForm.empty()
				.put("currency", rfq.targetUnitPrice() != null ? rfq.targetUnitPrice().currency() : "EUR")
				.put("incoterm", rfq.incoterm()));
		}
		return "matchmaking/rfq";
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/rfqs/{id}/quotes")
	String postQuote(@PathVariable long id, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "EUR") String currency, @RequestParam(defaultValue = "") String moq,
			@RequestParam(defaultValue = "") String leadTimeDays, @RequestParam(defaultValue = "") String incoterm,
			@RequestParam(defaultValue = "") String validUntil, @AuthenticationPrincipal TwinportUser user,
			Locale locale, HttpServletRequest request, RedirectAttributes flash) {
		return forms.attempt("/matchmaking/rfqs/" + id, flash, request, "quoteForm", () -> {
			QuoteView sent = sourcing.quote(user, id,
					new QuoteDraft(Money.parse(amount, currency, "unitPrice"), decimal(moq, "moq"),
							decimal(leadTimeDays, "leadTimeDays").intValue(), incoterm, date(validUntil, "validUntil")));
			done(flash, "mm.done.quoteSent", amounts.money(sent.unitPrice(), locale), "");
		});
	}

	/** Accepting a quote places an order: the buyer sees what it commits to first. */
	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@GetMapping("/matchmaking/quotes/{id}/accept")
	String confirmAccept(@PathVariable long id, @RequestParam long rfq, @AuthenticationPrincipal TwinportUser user,
			Model model) {
		RfqView request = sourcing.rfq(user, rfq);
		if (request.quoteCount() == null) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noQuote"));
		}
		QuoteView quote = sourcing.quotes(user, rfq)
			.stream()
			.filter(q -> q.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noQuote")));
		model.addAttribute("rfq", request);
		model.addAttribute("quote", quote);
		model.addAttribute("total", quote.unitPrice().times(request.quantity()).rounded());
		return "matchmaking/accept";
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/quotes/{id}/accept")
	String accept(@PathVariable long id, @RequestParam long rfq, @AuthenticationPrincipal TwinportUser user,
			RedirectAttributes flash) {
		return forms.attempt("/matchmaking/rfqs/" + rfq, flash, () -> {
			String supplier = sourcing.quotes(user, rfq)
				.stream()
				.filter(q -> q.id() == id)
				.map(QuoteView::supplierName)
				.findFirst()
				.orElse("");
			RfqView awarded = sourcing.accept(user, id);
			done(flash, "mm.done.quoteAccepted", awarded.product(), supplier);
		});
	}

	/** What the next page says was done: a message key and the things it names. */
	private static void done(RedirectAttributes flash, String messageKey, String subject, String detail) {
		flash.addFlashAttribute("doneKey", messageKey);
		flash.addFlashAttribute("doneSubject", subject);
		flash.addFlashAttribute("doneDetail", detail);
	}

	private static BigDecimal decimal(String text, String field) {
		BigDecimal value = Decimals.parse(text, field);
		if (value == null) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.number"));
		}
		return value;
	}

	private static LocalDate date(String text, String field) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.dateLike", "2026-12-31"));
		}
	}

}

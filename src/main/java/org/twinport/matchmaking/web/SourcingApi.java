package org.twinport.matchmaking.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.QuoteView;
import org.twinport.matchmaking.RfqDraft;
import org.twinport.matchmaking.RfqView;
import org.twinport.matchmaking.Sourcing;
import org.twinport.matchmaking.Suggestion;
import org.twinport.matchmaking.Suggestions;

@Tag(name = "Matchmaking: sourcing requests and quotes")
@RestController
@RequestMapping("/api/v1/matchmaking")
class SourcingApi {

	private final Sourcing sourcing;

	private final Suggestions suggestions;

	SourcingApi(Sourcing sourcing, Suggestions suggestions) {
		this.sourcing = sourcing;
		this.suggestions = suggestions;
	}

	@Operation(summary = "Post a sourcing request (RFQ) for your company")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/rfqs")
	@ResponseStatus(HttpStatus.CREATED)
	RfqView create(@RequestBody RfqDraft draft, @AuthenticationPrincipal TwinportUser user) {
		return sourcing.create(user, draft);
	}

	@Operation(summary = "Open RFQs, and your own in every status (ADMIN: all)")
	@GetMapping("/rfqs")
	List<RfqView> list(@AuthenticationPrincipal TwinportUser user) {
		return sourcing.rfqs(user);
	}

	@GetMapping("/rfqs/{id}")
	RfqView one(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return sourcing.rfq(user, id);
	}

	@Operation(summary = "Close an open RFQ (its buyer or ADMIN)")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@PostMapping("/rfqs/{id}/close")
	RfqView close(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return sourcing.close(user, id);
	}

	@Operation(summary = "Suggested suppliers for an RFQ, with reasons (its buyer or ADMIN)")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@GetMapping("/rfqs/{id}/suppliers")
	List<Suggestion> suppliers(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			@RequestParam(defaultValue = "10") @Min(value = 1, message = "{matchmaking.problem.limit}") @Max(value = 50,
					message = "{matchmaking.problem.limit}") int limit,
			@AuthenticationPrincipal TwinportUser user) {
		return suggestions.suppliers(user, id, lang, limit);
	}

	@Operation(summary = "Quotes on an RFQ: its buyer and ADMIN see all, a supplier only its own")
	@GetMapping("/rfqs/{id}/quotes")
	List<QuoteView> quotes(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return sourcing.quotes(user, id);
	}

	@Operation(summary = "Quote on an open RFQ, once per supplier")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/rfqs/{id}/quotes")
	@ResponseStatus(HttpStatus.CREATED)
	QuoteView quote(@PathVariable long id, @RequestBody QuoteDraft draft, @AuthenticationPrincipal TwinportUser user) {
		return sourcing.quote(user, id, draft);
	}

	@Operation(summary = "Revise your quote (one revision allowed)")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PutMapping("/quotes/{id}")
	QuoteView revise(@PathVariable long id, @RequestBody QuoteDraft draft, @AuthenticationPrincipal TwinportUser user) {
		return sourcing.revise(user, id, draft);
	}

	@Operation(summary = "Accept a quote: awards the RFQ and publishes QuoteAccepted for a B2B order")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/quotes/{id}/accept")
	RfqView accept(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return sourcing.accept(user, id);
	}

}

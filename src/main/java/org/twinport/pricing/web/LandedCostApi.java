package org.twinport.pricing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.pricing.LandedCost;
import org.twinport.pricing.LandedCost.RuleSetInfo;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteRequest;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Tag(name = "Landed cost")
@RestController
@RequestMapping("/api/v1/landed-cost")
class LandedCostApi {

	private final LandedCost landedCost;

	LandedCostApi(LandedCost landedCost) {
		this.landedCost = landedCost;
	}

	@Operation(summary = "Quote duty, import taxes, fees and the total for a consignment to a destination market")
	@PostMapping("/quotes")
	ResponseEntity<Quote> quote(@Valid @RequestBody QuoteRequest request, @AuthenticationPrincipal TwinportUser user) {
		Quote quote = landedCost.quote(request, user);
		return ResponseEntity.created(URI.create("/api/v1/landed-cost/quotes/" + quote.id())).body(quote);
	}

	@Operation(summary = "A quote made earlier, with the rule set and exchange rates it used")
	@GetMapping("/quotes/{id}")
	Quote quote(@PathVariable UUID id, @AuthenticationPrincipal TwinportUser user) {
		return landedCost.find(id, user).orElseThrow(() -> new NotFoundException(Reason.of("pricing.problem.noQuote", id.toString())));
	}

	@Operation(summary = "The rule sets loaded, newest (in force) first")
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/rule-sets")
	List<RuleSetInfo> ruleSets() {
		return landedCost.ruleSets();
	}

	@Operation(summary = "A rule set document as it was loaded")
	@PreAuthorize("hasRole('ADMIN')")
	@ApiResponse(responseCode = "200", description = "The twinport-landed-cost-rules/1 document",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
	@GetMapping(path = "/rule-sets/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
	String document(@PathVariable String version) {
		return landedCost.document(version).orElseThrow(() -> new NotFoundException(Reason.of("pricing.problem.noRuleSetVersion", version)));
	}

	@Operation(summary = "Validate a rule set document (format twinport-landed-cost-rules/1) and put it in force",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
							description = "A twinport-landed-cost-rules/1 document"))))
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping(path = "/rule-sets", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RuleSetInfo> load(@RequestBody String document, @AuthenticationPrincipal TwinportUser user) {
		RuleSetInfo info = landedCost.load(document, user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/landed-cost/rule-sets/" + info.version())).body(info);
	}

}

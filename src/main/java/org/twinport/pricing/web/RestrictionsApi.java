package org.twinport.pricing.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.pricing.RestrictedGoods;
import org.twinport.pricing.RestrictedGoods.ListInfo;
import org.twinport.pricing.RestrictedGoods.MarketRefusal;
import org.twinport.shared.CountryCode;
import org.twinport.shared.Dates;
import org.twinport.shared.HsCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Tag(name = "Landed cost")
@RestController
@RequestMapping("/api/v1/landed-cost/restrictions")
class RestrictionsApi {

	private final RestrictedGoods restricted;

	RestrictionsApi(RestrictedGoods restricted) {
		this.restricted = restricted;
	}

	@Operation(summary = "The restricted-goods lists loaded, latest validFrom first")
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping
	List<ListInfo> lists() {
		return restricted.lists();
	}

	@Operation(summary = "Validate a restricted-goods list (format twinport-restricted-goods/1) and store it; "
			+ "quotes dated on or after its validFrom use it",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
							description = "A twinport-restricted-goods/1 document"))))
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ListInfo> load(@RequestBody String document, @AuthenticationPrincipal TwinportUser user) {
		ListInfo info = restricted.load(document, user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/landed-cost/restrictions")).body(info);
	}

	@Operation(summary = "The markets goods of an HS code and origin cannot be sold to on a date (today by default), "
			+ "each with the reason and the rule's source")
	@GetMapping("/screen")
	List<MarketRefusal> screen(
			@Parameter(description = "6 to 10 digits, such as 441919") @RequestParam(required = false) @Nullable String hsCode,
			@Parameter(description = "ISO 3166-1 alpha-2, such as RU") @RequestParam(
					required = false) @Nullable String origin,
			@RequestParam(required = false) @Nullable String date) {
		if (!HsCode.isClassification(hsCode)) {
			throw new InvalidInputException("hsCode", Reason.of("pricing.problem.screenHsCode"));
		}
		if (!CountryCode.isValid(origin)) {
			throw new InvalidInputException("origin", Reason.of("pricing.problem.screenOrigin"));
		}
		LocalDate on = Dates.parse(date, "date");
		return restricted.screen(hsCode, origin, on == null ? LocalDate.now(ZoneOffset.UTC) : on);
	}

}

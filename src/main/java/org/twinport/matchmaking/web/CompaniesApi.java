package org.twinport.matchmaking.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import org.twinport.matchmaking.Companies;
import org.twinport.matchmaking.CompanyProfile;
import org.twinport.matchmaking.ProfileDraft;
import org.twinport.matchmaking.SessionOffice;
import org.twinport.matchmaking.Suggestion;
import org.twinport.matchmaking.Suggestions;

@Tag(name = "Matchmaking: companies and suggestions")
@RestController
@RequestMapping("/api/v1/matchmaking")
class CompaniesApi {

	private final Companies companies;

	private final Suggestions suggestions;

	private final SessionOffice office;

	CompaniesApi(Companies companies, Suggestions suggestions, SessionOffice office) {
		this.office = office;
		this.companies = companies;
		this.suggestions = suggestions;
	}

	record Hide(@NotNull(message = "{problem.required}") Long companyId) {
	}

	record Pair(@NotNull(message = "{problem.required}") Long companyA, @NotNull(message = "{problem.required}") Long companyB) {
	}

	@Operation(summary = "All company profiles (every catalog merchant, plus buying companies)")
	@GetMapping("/companies")
	List<CompanyProfile> all(@RequestParam(defaultValue = "en") String lang) {
		return companies.all(lang);
	}

	@GetMapping("/companies/{id}")
	CompanyProfile one(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
		return companies.company(id, lang);
	}

	@Operation(summary = "The profile of the company you act for (a merchant's; a buyer's own once created)")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@GetMapping("/companies/me")
	CompanyProfile mine(@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return companies.mine(user, lang);
	}

	@Operation(summary = "Create or replace your company's profile (a BUYER creates its buying company here)")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PutMapping("/companies/me")
	CompanyProfile saveMine(@RequestBody ProfileDraft draft, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return companies.saveMine(user, draft, lang);
	}

	@Operation(summary = "Register a buying company managed by the office (ADMIN)")
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/companies")
	@ResponseStatus(HttpStatus.CREATED)
	CompanyProfile register(@RequestBody ProfileDraft draft, @RequestParam(defaultValue = "en") String lang) {
		return companies.register(draft, false, lang);
	}

	@Operation(summary = "Replace any company's profile (ADMIN)")
	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/companies/{id}")
	CompanyProfile save(@PathVariable long id, @RequestBody ProfileDraft draft,
			@RequestParam(defaultValue = "en") String lang) {
		return companies.save(id, draft, lang);
	}

	@Operation(summary = "Suggested counterparts with the reasons for each; ADMIN names the company")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@GetMapping("/suggestions")
	List<Suggestion> suggestions(@RequestParam(required = false) Long company,
			@RequestParam(defaultValue = "en") String lang,
			@RequestParam(defaultValue = "10") @Min(value = 1, message = "{matchmaking.problem.limit}") @Max(value = 50,
					message = "{matchmaking.problem.limit}") int limit,
			@AuthenticationPrincipal TwinportUser user) {
		return suggestions.counterparts(user, company, lang, limit);
	}

	@Operation(summary = "Hide a company from your suggestions")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/suggestions/hidden")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void hide(@jakarta.validation.Valid @RequestBody Hide hide, @AuthenticationPrincipal TwinportUser user) {
		suggestions.hide(user, hide.companyId());
	}

	@Operation(
			summary = "Block a pair of companies from suggestions and meeting requests (ADMIN; a partner office when one company is based in its place)")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PostMapping("/blocked-pairs")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void block(@jakarta.validation.Valid @RequestBody Pair pair, @AuthenticationPrincipal TwinportUser user) {
		office.block(user, pair.companyA(), pair.companyB());
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@DeleteMapping("/blocked-pairs/{a}/{b}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unblock(@PathVariable long a, @PathVariable long b, @AuthenticationPrincipal TwinportUser user) {
		office.unblock(user, a, b);
	}

	@Operation(summary = "Blocked pairs: ADMIN all, a partner office those involving a company of its place")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@GetMapping("/blocked-pairs")
	List<SessionOffice.BlockedPair> blocked(@AuthenticationPrincipal TwinportUser user) {
		return office.blockedPairs(user);
	}

}

package org.twinport.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Range;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.network.Continent;
import org.twinport.network.NetworkManagement;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkFigures;
import org.twinport.network.NetworkSummary;
import org.twinport.network.PartnershipDraft;
import org.twinport.network.PartnershipQuery;
import org.twinport.network.PartnershipStatus;
import org.twinport.network.PartnershipView;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.PageResult;
import org.twinport.shared.Reason;

@Tag(name = "Partner network")
@RestController
@RequestMapping("/api/v1/network")
class PartnershipsApi {

	private final NetworkDirectory directory;

	private final NetworkManagement management;

	private final NetworkFigures figures;

	PartnershipsApi(NetworkDirectory directory, NetworkManagement management, NetworkFigures figures) {
		this.directory = directory;
		this.management = management;
		this.figures = figures;
	}

	record StatusChange(@NotNull(message = "{problem.required}") PartnershipStatus status) {
	}

	@Operation(summary = "Change a partnership's status (staff: any; partner office: its own place's ties)")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PutMapping("/partnerships/{id}/status")
	PartnershipView changeStatus(@PathVariable long id, @Valid @RequestBody StatusChange change,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return management.changeStatus(id, change.status(), user, lang);
	}

	@Operation(summary = "One partnership, public")
	@GetMapping("/partnerships/{id}")
	PartnershipView partnership(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
		return directory.partnership(id, lang)
			.orElseThrow(() -> new NotFoundException(Reason.of("network.problem.noPartnership", String.valueOf(id))));
	}

	@Operation(summary = "Create a partnership (staff)")
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/partnerships")
	@ResponseStatus(HttpStatus.CREATED)
	PartnershipView create(@RequestBody PartnershipDraft draft, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return management.create(draft, user, lang);
	}

	@Operation(
			summary = "Change a partnership (staff: everything; partner office: status, fields, notes and contacts of its own ties)")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PutMapping("/partnerships/{id}")
	PartnershipView update(@PathVariable long id, @RequestBody PartnershipDraft draft,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return management.update(id, draft, user, lang);
	}

	@Operation(summary = "Archive a partnership (staff)")
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/partnerships/{id}/archive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		management.archive(id, user);
	}

	@Operation(
			summary = "The office's figures, computed live: partners by kind, country and continent, anniversaries, activity, dormant ties, donations")
	@GetMapping("/figures")
	NetworkFigures.Figures figures(
			@RequestParam(defaultValue = "24") @Range(min = 1, max = 600,
					message = "{network.problem.between}") int dormantMonths,
			@RequestParam(defaultValue = "5") @Range(min = 1, max = 50, message = "{network.problem.between}") int years,
			@RequestParam(defaultValue = "en") String lang) {
		return figures.figures(LanguageTags.checked(lang), dormantMonths, years);
	}

	@Operation(summary = "The home page's head counts: live partnerships, their countries and continents, the home city's name")
	@GetMapping("/summary")
	NetworkSummary summary(@RequestParam(defaultValue = "en") String lang) {
		return directory.summary(LanguageTags.checked(lang));
	}

	@Operation(summary = "The public directory of partnerships, paged and filtered")
	@GetMapping("/partnerships")
	PageResult<PartnershipView> partnerships(@RequestParam(required = false) String kind,
			@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) Continent continent,
			@RequestParam(required = false) String country, @RequestParam(defaultValue = "en") String lang,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{network.problem.notNegative}") int page,
			@RequestParam(defaultValue = "50") @Range(min = 1, max = 200,
					message = "{network.problem.between}") int size) {
		return directory.partnerships(new PartnershipQuery(kind, status, continent, country),
				LanguageTags.checked(lang), page, size);
	}

}

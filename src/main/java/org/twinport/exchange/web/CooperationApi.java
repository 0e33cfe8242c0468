package org.twinport.exchange.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hibernate.validator.constraints.Range;

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
import org.twinport.exchange.DonationDraft;
import org.twinport.exchange.DonationManagement;
import org.twinport.exchange.DonationView;
import org.twinport.exchange.PartnerTimeline;
import org.twinport.exchange.ProjectDraft;
import org.twinport.exchange.ProjectManagement;
import org.twinport.exchange.ProjectView;
import org.twinport.identity.TwinportUser;

/** Donations, cooperation projects and the partners' timelines. */
@Tag(name = "Exchanges")
@RestController
@RequestMapping("/api/v1")
class CooperationApi {

	private final DonationManagement donations;

	private final ProjectManagement projects;

	private final PartnerTimeline timeline;

	CooperationApi(DonationManagement donations, ProjectManagement projects, PartnerTimeline timeline) {
		this.donations = donations;
		this.projects = projects;
		this.timeline = timeline;
	}

	@Operation(summary = "Donations given and received (public ones; staff all; a partner office also its own)")
	@GetMapping("/donations")
	List<DonationView> donations(@RequestParam(required = false) String partner,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return donations.donations(partner, user, lang);
	}

	@GetMapping("/donations/{id}")
	DonationView donation(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return donations.donation(id, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/donations")
	@ResponseStatus(HttpStatus.CREATED)
	DonationView createDonation(@RequestBody DonationDraft draft, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return donations.create(draft, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/donations/{id}")
	DonationView updateDonation(@PathVariable long id, @RequestBody DonationDraft draft,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return donations.update(id, draft, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/donations/{id}/archive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archiveDonation(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		donations.archive(id, user);
	}

	@Operation(summary = "Cooperation projects with their per-partner sub-projects and milestones")
	@GetMapping("/projects")
	List<ProjectView> projects(@RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return projects.projects(user, lang);
	}

	@GetMapping("/projects/{id}")
	ProjectView project(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return projects.project(id, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/projects")
	@ResponseStatus(HttpStatus.CREATED)
	ProjectView createProject(@RequestBody ProjectDraft draft, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return projects.save(null, draft, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/projects/{id}")
	ProjectView updateProject(@PathVariable long id, @RequestBody ProjectDraft draft,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return projects.save(id, draft, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/projects/{id}/archive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archiveProject(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		projects.archive(id, user);
	}

	@Operation(summary = "A partner's timeline: exchanges, donations and project milestones, newest first")
	@GetMapping("/partners/{code}/timeline")
	PartnerTimeline.Timeline timeline(@PathVariable String code, @RequestParam(defaultValue = "en") String lang,
			@RequestParam(defaultValue = "100") @Range(min = 1, max = 500, message = "{exchange.problem.between}") int limit,
			@AuthenticationPrincipal TwinportUser user) {
		return timeline.timeline(code, user, lang, limit);
	}

}

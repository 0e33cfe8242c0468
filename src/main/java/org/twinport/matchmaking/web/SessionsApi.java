package org.twinport.matchmaking.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.twinport.matchmaking.AgendaView;
import org.twinport.matchmaking.MeetingRequestView;
import org.twinport.matchmaking.Meetings;
import org.twinport.matchmaking.Outcome;
import org.twinport.matchmaking.ParticipantView;
import org.twinport.matchmaking.ScheduleReport;
import org.twinport.matchmaking.SessionDraft;
import org.twinport.matchmaking.SessionMetrics;
import org.twinport.matchmaking.SessionOffice;
import org.twinport.matchmaking.SessionView;
import org.twinport.matchmaking.Window;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.MediaTypes;
import org.twinport.shared.Reason;

@Tag(name = "Matchmaking: sessions, meeting requests and agendas")
@RestController
@RequestMapping("/api/v1/matchmaking")
class SessionsApi {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Meetings meetings;

	private final SessionOffice office;

	SessionsApi(Meetings meetings, SessionOffice office) {
		this.meetings = meetings;
		this.office = office;
	}

	/**
	 * @param companyId the company the office adds to the session
	 */
	record Enrolment(Long companyId, List<Window> availability) {
	}

	/**
	 * @param companyId ADMIN only: the company to join; a company always joins itself
	 */
	record Join(Long companyId, List<Window> availability) {
	}

	/**
	 * @param fromCompanyId optional; if given it must be the company you act for
	 */
	record NewRequest(Long fromCompanyId, @NotNull(message = "{problem.required}") Long toCompanyId, String message) {
	}

	record Answer(@NotNull(message = "{problem.required}") Boolean accept) {
	}

	record OutcomeReport(@NotNull(message = "{problem.required}") Outcome outcome, Boolean agreementSigned) {
	}

	@Operation(summary = "Create a matchmaking session at an exchange (ADMIN)")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PostMapping("/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@RequestBody SessionDraft draft, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return office.create(user, draft, lang);
	}

	@Operation(summary = "Change a session's settings (ADMIN, or the office of a place taking part in its exchange)",
			description = "Days, slot length, break and zone change only while no meeting is placed (409 after).")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PutMapping("/sessions/{id}")
	SessionView update(@PathVariable long id, @RequestBody SessionDraft draft,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return office.update(user, id, draft, lang);
	}

	@Operation(summary = "Add a company to a session with its availability, or replace it (the offices)")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PostMapping("/sessions/{id}/participants")
	ParticipantView enrol(@PathVariable long id, @RequestBody Enrolment enrolment,
			@AuthenticationPrincipal TwinportUser user) {
		if (enrolment == null || enrolment.companyId() == null) {
			throw new InvalidInputException("companyId", Reason.of("problem.required"));
		}
		return office.enrol(user, id, enrolment.companyId(), enrolment.availability());
	}

	@GetMapping("/sessions")
	List<SessionView> sessions(@RequestParam(defaultValue = "en") String lang) {
		return meetings.sessions(lang);
	}

	@GetMapping("/sessions/{id}")
	SessionView session(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
		return meetings.session(id, lang);
	}

	@Operation(summary = "Join a session with your availability (windows in the session's zone; overlaps merged)")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@PutMapping("/sessions/{id}/participants/me")
	ParticipantView join(@PathVariable long id, @RequestBody Join join, @AuthenticationPrincipal TwinportUser user) {
		return meetings.join(user, id, join.companyId(), join.availability());
	}

	@GetMapping("/sessions/{id}/participants")
	List<ParticipantView> participants(@PathVariable long id) {
		meetings.session(id, "en");
		return meetings.participants(id);
	}

	@Operation(summary = "Request a meeting with another participant, for your own company only")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@PostMapping("/sessions/{id}/requests")
	@ResponseStatus(HttpStatus.CREATED)
	MeetingRequestView request(@PathVariable long id, @Valid @RequestBody NewRequest request,
			@AuthenticationPrincipal TwinportUser user) {
		return meetings.request(user, id, request.fromCompanyId(), request.toCompanyId(), request.message());
	}

	@Operation(summary = "Your requests in a session, sent and received (ADMIN: all)")
	@GetMapping("/sessions/{id}/requests")
	List<MeetingRequestView> requests(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return meetings.requests(user, id);
	}

	@Operation(summary = "Accept or decline a request you received")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@PostMapping("/requests/{id}/answer")
	MeetingRequestView answer(@PathVariable long id, @Valid @RequestBody Answer answer,
			@AuthenticationPrincipal TwinportUser user) {
		return meetings.answer(user, id, answer.accept());
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@PostMapping("/requests/{id}/cancel")
	MeetingRequestView cancel(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return meetings.cancel(user, id);
	}

	@Operation(summary = "Run the scheduler on the accepted requests (ADMIN); re-runs move as few meetings as possible")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PostMapping("/sessions/{id}/schedule")
	ScheduleReport schedule(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return office.schedule(user, id);
	}

	@Operation(summary = "Your agenda, in your own time zone and your counterparts'; ADMIN names the company")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@GetMapping("/sessions/{id}/agenda")
	AgendaView agenda(@PathVariable long id, @RequestParam(required = false) Long company,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return meetings.agenda(user, id, company, lang);
	}

	@Operation(summary = "Your agenda as iCalendar")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@ApiResponse(responseCode = "200", description = "An iCalendar (RFC 5545) file",
			content = @Content(mediaType = MediaTypes.TEXT_CALENDAR, schema = @Schema(type = "string")))
	@GetMapping("/sessions/{id}/agenda.ics")
	ResponseEntity<String> ics(@PathVariable long id, @RequestParam(required = false) Long company,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		AgendaView agenda = meetings.agenda(user, id, company, lang);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Content-Disposition", "attachment; filename=\"agenda-" + id + ".ics\"")
			.body(AgendaCalendar.write(agenda));
	}

	@Operation(summary = "Record your side's outcome of a meeting")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/requests/{id}/outcome")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void outcome(@PathVariable long id, @Valid @RequestBody OutcomeReport report,
			@AuthenticationPrincipal TwinportUser user) {
		meetings.recordOutcome(user, id, report.outcome(), Boolean.TRUE.equals(report.agreementSigned()));
	}

	@Operation(summary = "A session's figures: requests sent, accepted, scheduled, held; no-show rate; agreements")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@GetMapping("/sessions/{id}/metrics")
	SessionMetrics metrics(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return office.metrics(user, id);
	}

}

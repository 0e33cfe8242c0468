package org.twinport.exchange.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.Range;

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
import org.twinport.shared.UiLanguage;
import org.twinport.exchange.ExchangeDraft;
import org.twinport.exchange.ExchangeKind;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.ExchangeQuery;
import org.twinport.exchange.ExchangeView;
import org.twinport.exchange.LocalTimes;
import org.twinport.exchange.internal.ICalendarWriter;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.MediaTypes;
import org.twinport.shared.PageResult;

@Tag(name = "Exchanges")
@RestController
@RequestMapping("/api/v1/exchanges")
class ExchangesApi {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final ExchangeManagement exchanges;

	private final ICalendarWriter calendar;

	ExchangesApi(ExchangeManagement exchanges, ICalendarWriter calendar) {
		this.exchanges = exchanges;
		this.calendar = calendar;
	}

	@Operation(summary = "Exchanges, newest first (public ones; staff all; a partner office also its own)")
	@GetMapping
	PageResult<ExchangeView> list(@RequestParam(required = false) ExchangeKind kind,
			@RequestParam(required = false) String partner,
			@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "en") String lang,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{exchange.problem.notNegative}") int page,
			@RequestParam(defaultValue = "50") @Range(min = 1, max = 200, message = "{exchange.problem.between}") int size,
			@AuthenticationPrincipal TwinportUser user) {
		return exchanges.exchanges(new ExchangeQuery(kind, partner, from, to), user, lang, page, size);
	}

	@GetMapping("/{id}")
	ExchangeView one(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return exchanges.exchange(id, user, lang);
	}

	@Operation(summary = "Upcoming exchanges with the start in each participant's local time, daylight saving included")
	@GetMapping("/upcoming")
	List<LocalTimes> upcoming(@RequestParam(defaultValue = "en") String lang,
			@RequestParam(defaultValue = "50") @Range(min = 1, max = 200, message = "{exchange.problem.between}") int limit,
			@AuthenticationPrincipal TwinportUser user) {
		return exchanges.upcoming(user, lang, limit).stream().map(LocalTimes::of).toList();
	}

	@Operation(summary = "One exchange as iCalendar")
	@ApiResponse(responseCode = "200", description = "An iCalendar (RFC 5545) file",
			content = @Content(mediaType = MediaTypes.TEXT_CALENDAR, schema = @Schema(type = "string")))
	@GetMapping("/{id}/calendar.ics")
	ResponseEntity<String> ics(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		Locale reader = readerLocale(lang);
		ExchangeView exchange = exchanges.exchange(id, user, reader.getLanguage());
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Content-Disposition", "attachment; filename=\"exchange-" + id + ".ics\"")
			.body(calendar.write(List.of(exchange), exchange.title(), reader));
	}

	@Operation(summary = "The feed of upcoming exchanges as iCalendar")
	@ApiResponse(responseCode = "200", description = "An iCalendar (RFC 5545) file",
			content = @Content(mediaType = MediaTypes.TEXT_CALENDAR, schema = @Schema(type = "string")))
	@GetMapping("/calendar.ics")
	ResponseEntity<String> feed(@RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.body(calendar.feed(exchanges.upcoming(user, readerLocale(lang).getLanguage(), 200), readerLocale(lang)));
	}

	/** {@code zh}, {@code zh-CN} and {@code zh-Hans} all ask for Chinese; a language not spoken for English. */
	private static Locale readerLocale(String lang) {
		return UiLanguage.ofTag(lang).locale();
	}

	@Operation(summary = "Record an exchange (staff; a partner office when its own place takes part)")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ExchangeView create(@RequestBody ExchangeDraft draft, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return exchanges.create(draft, user, lang);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PutMapping("/{id}")
	ExchangeView update(@PathVariable long id, @RequestBody ExchangeDraft draft,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return exchanges.update(id, draft, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/{id}/archive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		exchanges.archive(id, user);
	}

}

package org.twinport.exchange.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.ExchangeView;
import org.twinport.exchange.internal.ICalendarWriter;
import org.twinport.identity.TwinportUser;

/**
 * The exports of the office's pages, for a signed-in session (the API's take a token):
 * one exchange for calendars, and every record as a {@code twinport-exchanges/1} document.
 */
@Controller
@RequestMapping("/manage/exchanges")
class ExchangeDownloads {

	private final ExchangeManagement exchanges;

	private final ICalendarWriter calendar;

	private final ExchangeExport export;

	ExchangeDownloads(ExchangeManagement exchanges, ICalendarWriter calendar, ExchangeExport export) {
		this.exchanges = exchanges;
		this.calendar = calendar;
		this.export = export;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@GetMapping("/{id}/calendar.ics")
	ResponseEntity<String> ics(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale) {
		ExchangeView exchange = exchanges.exchange(id, user, locale.getLanguage());
		return ResponseEntity.ok()
			.contentType(ExchangesApi.CALENDAR)
			.header("Content-Disposition", "attachment; filename=\"exchange-" + id + ".ics\"")
			.body(calendar.write(List.of(exchange), exchange.title(), locale));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal TwinportUser user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"" + ExchangeExport.FILE_NAME + "\"")
			.body(export.document(user));
	}

}

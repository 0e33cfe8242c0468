package org.twinport.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.platform.ActorNames;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.AuditedRecords;
import org.twinport.shared.CountryNames;

/**
 * The change history for staff, as sentences in the reader's language and time zone: who
 * changed which record when, and each field from what to what. The recorded data stays
 * one click away for auditors.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

	static final List<String> ENTITIES = List.of("partnership", "organization", "contact", "exchange", "donation",
			"attachment", "project");

	private final AuditTrail audit;

	private final List<AuditedRecords> records;

	private final ActorNames actors;

	private final MessageSource messages;

	private final CountryNames countries;

	AuditPages(AuditTrail audit, List<AuditedRecords> records, ActorNames actors, MessageSource messages,
			CountryNames countries) {
		this.audit = audit;
		this.records = records;
		this.actors = actors;
		this.messages = messages;
		this.countries = countries;
	}

	@GetMapping("/manage/audit")
	String history(@RequestParam(required = false) String entity, @RequestParam(required = false) Long id,
			@RequestParam(defaultValue = "200") int limit,
			@CookieValue(name = ReaderZone.COOKIE, required = false) String zone, Locale locale, Model model) {
		String chosen = entity != null && ENTITIES.contains(entity) ? entity : null;
		Long chosenId = chosen == null ? null : id;
		ValueWords words = new ValueWords(messages, locale, ReaderZone.of(zone), countries,
				AuditSentences.moduleWords(records, locale.getLanguage()));
		model.addAttribute("rows", new AuditSentences(words, records, actors)
			.rows(audit.history(chosen, chosenId, Math.clamp(limit, 1, 500))));
		model.addAttribute("entities", ENTITIES);
		model.addAttribute("entity", chosen);
		model.addAttribute("entityId", chosenId);
		return "platform/audit";
	}

}

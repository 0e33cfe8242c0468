package org.twinport.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.platform.AuditTrail;

/**
 * The change history for staff: who changed which record when, and each field's old and
 * new value.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

	static final List<String> ENTITIES = List.of("partnership", "organization", "contact", "exchange", "donation",
			"attachment", "project");

	/**
	 * Values longer than this are cut, so that one large field does not swamp the page.
	 */
	private static final int MAX_VALUE = 300;

	record Change(String field, String before, String after) {
	}

	/**
	 * @param at when, in UTC to the second
	 */
	record Row(AuditTrail.Entry entry, String at, List<Change> changes) {
	}

	private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(java.time.ZoneOffset.UTC);

	private final AuditTrail audit;

	AuditPages(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/manage/audit")
	String history(@RequestParam(required = false) String entity, @RequestParam(required = false) Long id,
			@RequestParam(defaultValue = "200") int limit, Model model) {
		String chosen = entity != null && ENTITIES.contains(entity) ? entity : null;
		Long chosenId = chosen == null ? null : id;
		model.addAttribute("rows",
				audit.history(chosen, chosenId, Math.clamp(limit, 1, 500))
					.stream()
					.map(entry -> new Row(entry, AT.format(entry.at()), changes(entry.before(), entry.after())))
					.toList());
		model.addAttribute("entities", ENTITIES);
		model.addAttribute("entity", chosen);
		model.addAttribute("entityId", chosenId);
		return "platform/audit";
	}

	/**
	 * The top-level fields whose value differs between the two records (all of them on
	 * creation).
	 */
	static List<Change> changes(JsonNode before, JsonNode after) {
		Set<String> fields = new LinkedHashSet<>();
		if (before != null && before.isObject()) {
			fields.addAll(before.propertyNames());
		}
		if (after != null && after.isObject()) {
			fields.addAll(after.propertyNames());
		}
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			String old = text(before == null ? null : before.get(field));
			String now = text(after == null ? null : after.get(field));
			if (!Objects.equals(old, now)) {
				changes.add(new Change(field, old, now));
			}
		}
		return changes;
	}

	private static String text(JsonNode value) {
		if (value == null || value.isNull() || (value.isContainer() && value.isEmpty())) {
			return null;
		}
		String text = value.isValueNode() ? value.asString() : value.toString();
		return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
	}

}

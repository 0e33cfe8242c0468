package org.twinport.insight.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.insight.OfficialStatistics;
import org.twinport.insight.OfficialStatistics.Layout;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.MediaTypes;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.web.Refusals;

@Tag(name = "Trade insight: imports of official statistics")
@RestController
@RequestMapping("/api/v1/insight/imports")
@PreAuthorize("hasRole('ADMIN')")
class ImportsApi {

	private final OfficialStatistics statistics;

	private final Refusals refusals;

	ImportsApi(OfficialStatistics statistics, Refusals refusals) {
		this.statistics = statistics;
		this.refusals = refusals;
	}

	@Operation(summary = "Start importing a CSV (layout GENERIC or COMTRADE); follow it with GET /imports/{id} (ADMIN)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The CSV file, with the columns of the layout",
					content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string"))))
	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportRunView start(@RequestBody String csv, @RequestParam String layout, @RequestParam String source,
			@RequestParam(defaultValue = "false") boolean synthetic, Locale locale) {
		Layout chosen;
		try {
			chosen = Layout.valueOf(layout.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("layout", Reason.of("insight.problem.layout"));
		}
		return ImportRunView.of(statistics.start(chosen, source, synthetic, csv), refusals, locale);
	}

	@Operation(summary = "The latest imports (ADMIN)")
	@GetMapping
	List<ImportRunView> runs(Locale locale) {
		return statistics.runs(20).stream().map(run -> ImportRunView.of(run, refusals, locale)).toList();
	}

	@Operation(summary = "One import's progress, counts and refused rows with line and reason (ADMIN)")
	@GetMapping("/{id}")
	ImportRunView run(@PathVariable long id, Locale locale) {
		return statistics.run(id).map(run -> ImportRunView.of(run, refusals, locale)).orElseThrow(() -> new NotFoundException(Reason.of("insight.problem.noImport", String.valueOf(id))));
	}

}

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
import org.twinport.insight.OfficialStatistics.ImportRun;
import org.twinport.insight.OfficialStatistics.Layout;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.MediaTypes;
import org.twinport.shared.NotFoundException;

@Tag(name = "Trade insight: imports of official statistics")
@RestController
@RequestMapping("/api/v1/insight/imports")
@PreAuthorize("hasRole('ADMIN')")
class ImportsApi {

	private final OfficialStatistics statistics;

	ImportsApi(OfficialStatistics statistics) {
		this.statistics = statistics;
	}

	@Operation(summary = "Start importing a CSV (layout GENERIC or COMTRADE); follow it with GET /imports/{id} (ADMIN)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The CSV file, with the columns of the layout",
					content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string"))))
	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportRun start(@RequestBody String csv, @RequestParam String layout, @RequestParam String source,
			@RequestParam(defaultValue = "false") boolean synthetic) {
		Layout chosen;
		try {
			chosen = Layout.valueOf(layout.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("layout", "must be GENERIC or COMTRADE");
		}
		return statistics.start(chosen, source, synthetic, csv);
	}

	@Operation(summary = "The latest imports (ADMIN)")
	@GetMapping
	List<ImportRun> runs() {
		return statistics.runs(20);
	}

	@Operation(summary = "One import's progress, counts and refused rows with line and reason (ADMIN)")
	@GetMapping("/{id}")
	ImportRun run(@PathVariable long id) {
		return statistics.run(id).orElseThrow(() -> new NotFoundException("No such import"));
	}

}

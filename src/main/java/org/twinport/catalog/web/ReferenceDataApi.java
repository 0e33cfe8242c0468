package org.twinport.catalog.web;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.catalog.Categories;
import org.twinport.catalog.FxRates;
import org.twinport.shared.MediaTypes;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Tag(name = "Catalog: categories and FX rates")
@RestController
@RequestMapping("/api/v1/catalog")
class ReferenceDataApi {

	private final Categories categories;

	private final FxRates rates;

	ReferenceDataApi(Categories categories, FxRates rates) {
		this.categories = categories;
		this.rates = rates;
	}

	record CategoryNames(String parentCode, Map<String, String> names) {
	}

	@Operation(summary = "The category tree with names per language")
	@GetMapping("/categories")
	List<Categories.Category> categories() {
		return categories.all();
	}

	@Operation(summary = "Define or change a category (ADMIN)")
	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/categories/{code}")
	Categories.Category defineCategory(@PathVariable String code, @RequestBody CategoryNames body) {
		return categories.define(code, body.parentCode(), body.names());
	}

	@Operation(summary = "The latest FX reference-rate set, with its date and source")
	@GetMapping("/fx/latest")
	FxRates.RateSet latest() {
		return rates.latest().orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noRatesLoaded")));
	}

	@Operation(summary = "Every FX rate set, newest first, with its date, source and demo mark (ADMIN)")
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/fx/sets")
	List<FxRates.RateSet> rateSets() {
		return rates.sets();
	}

	@Operation(summary = "Import rates from a CSV in the ECB reference-rate layout (ADMIN)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "Date,USD,JPY,... with one line per date, rates per euro",
					content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string"))))
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/fx/sets")
	@ResponseStatus(HttpStatus.CREATED)
	List<FxRates.RateSet> importRates(@RequestBody String csv, @RequestParam(required = false) String source,
			@RequestParam(defaultValue = "false") boolean demo) {
		return rates.importEcbCsv(new StringReader(csv), source, demo);
	}

}

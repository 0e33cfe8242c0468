package org.twinport.search.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.search.ProductSearch;
import org.twinport.search.SearchQuery;
import org.twinport.search.SearchResult;

@Tag(name = "Catalog: search")
@RestController
@RequestMapping("/api/v1/catalog/search")
class SearchApi {

	private final ProductSearch search;

	SearchApi(ProductSearch search) {
		this.search = search;
	}

	@Operation(summary = "Search the public catalog in any language; prices in the market's (or a chosen) currency")
	@GetMapping
	SearchResult search(
			@RequestParam(required = false) @Size(max = 200, message = "{search.problem.queryLength}") String q,
			@RequestParam(defaultValue = "en") @Pattern(regexp = "^[a-zA-Z]{2}([-_][a-zA-Z]{2,4})?$",
					message = "{search.problem.languageTag}") String lang,
			@RequestParam(required = false) String market, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String category, @RequestParam(required = false) String merchantCountry,
			@RequestParam(required = false) String merchantCity, @RequestParam(required = false) String origin,
			@RequestParam(required = false) @DecimalMin(value = "0",
					message = "{problem.negative}") BigDecimal minPrice,
			@RequestParam(required = false) @DecimalMin(value = "0",
					message = "{problem.negative}") BigDecimal maxPrice,
			@RequestParam(defaultValue = "RELEVANCE") SearchQuery.Sort sort,
			@RequestParam(required = false) @Size(max = 200, message = "{search.problem.tooLong}") String cursor,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "{search.problem.pageSize}") @Max(value = 100,
					message = "{search.problem.pageSize}") int size) {
		return search.search(new SearchQuery(q, lang, market, currency, category, merchantCountry, merchantCity, origin,
				minPrice, maxPrice, sort, cursor, size));
	}

	@Operation(summary = "Autocomplete: titles matching what has been typed so far")
	@GetMapping("/suggest")
	List<String> suggest(@RequestParam @Size(max = 100, message = "{search.problem.suggestLength}") String q,
			@RequestParam(defaultValue = "en") @Pattern(regexp = "^[a-zA-Z]{2}([-_][a-zA-Z]{2,4})?$",
					message = "{search.problem.languageTag}") String lang,
			@RequestParam(required = false) String market) {
		return search.suggest(q, lang, market, 8);
	}

	@Operation(summary = "Rebuild the index from the database; search keeps answering meanwhile (ADMIN)")
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/rebuild")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> rebuild() {
		return Map.of("started", search.rebuild(), "status", search.status());
	}

	@Operation(summary = "Documents in the index and the last rebuild (ADMIN)")
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/status")
	ProductSearch.IndexStatus status() {
		return search.status();
	}

}

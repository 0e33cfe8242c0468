package org.twinport.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.catalog.ImportJob;
import org.twinport.catalog.ProductImport;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.MediaTypes;
import org.twinport.shared.Reason;

@Tag(name = "Catalog: CSV import and export")
@RestController
@RequestMapping("/api/v1/catalog")
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class ImportApi {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final ProductImport imports;

	ImportApi(ProductImport imports) {
		this.imports = imports;
	}

	@Operation(summary = "Start a CSV import (Shopify product columns plus Twinport's); progress at the returned id",
			description = "The body is the CSV file itself (text/csv), streamed to disk; it may be as large as "
					+ "twinport.api.max-import-bytes (1 GiB by default). ADMIN names the merchant with merchantId, "
					+ "or imports for many merchants at once with a Merchant column holding each product's "
					+ "merchant code.",
			requestBody = @RequestBody(required = true, description = "The CSV file",
					content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string"))))
	@PostMapping("/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportJob start(InputStream csv, @RequestParam(required = false) Long merchantId,
			@AuthenticationPrincipal TwinportUser user, Locale locale) throws IOException {
		Long scope = MerchantScope.of(user);
		return imports.start(scope != null ? scope : merchantId, csv, locale);
	}

	@Operation(summary = "The latest imports, newest first (a merchant its own, ADMIN all)")
	@GetMapping("/imports")
	java.util.List<ImportJob> recent(@AuthenticationPrincipal TwinportUser user) {
		return imports.recent(MerchantScope.of(user), 20);
	}

	@Operation(summary = "An import's progress")
	@GetMapping("/imports/{id}")
	ImportJob job(@PathVariable String id, @AuthenticationPrincipal TwinportUser user) {
		return imports.job(MerchantScope.of(user), id);
	}

	@Operation(summary = "The rejected lines of an import, with line and reason, as CSV")
	@ApiResponse(responseCode = "200", description = "line,reason for each rejected line",
			content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string")))
	@GetMapping("/imports/{id}/errors")
	ResponseEntity<String> errors(@PathVariable String id, @AuthenticationPrincipal TwinportUser user) {
		return csv(imports.errors(MerchantScope.of(user), id), "import-errors.csv");
	}

	@Operation(summary = "Export the merchant's products in the import format (formula-safe)")
	@ApiResponse(responseCode = "200", description = "The products in the import format",
			content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string")))
	@GetMapping("/export")
	ResponseEntity<String> export(@RequestParam(required = false) Long merchantId,
			@AuthenticationPrincipal TwinportUser user) {
		return csv(imports.export(owner(user, merchantId)), "products.csv");
	}

	private static long owner(TwinportUser user, Long merchantId) {
		Long scope = MerchantScope.of(user);
		if (scope != null) {
			return scope;
		}
		if (merchantId == null) {
			throw new InvalidInputException("merchantId", Reason.of("catalog.problem.merchantForAdmin"));
		}
		return merchantId;
	}

	private static ResponseEntity<String> csv(String body, String name) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

}

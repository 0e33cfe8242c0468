package org.twinport.exchange.web;

import java.io.ByteArrayInputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.exchange.ExchangeImport;
import org.twinport.identity.TwinportUser;

/**
 * Exchanges, donations and projects as a {@code twinport-exchanges/1} document, the
 * format the demo loader reads ({@link ExchangeExport}).
 */
@Tag(name = "Exchanges")
@RestController
@RequestMapping("/api/v1/exchanges")
@PreAuthorize("hasRole('ADMIN')")
class ExchangeTransferApi {

	private final ExchangeImport transfer;

	private final ExchangeExport export;

	ExchangeTransferApi(ExchangeImport transfer, ExchangeExport export) {
		this.transfer = transfer;
		this.export = export;
	}

	@Operation(
			summary = "Import a twinport-exchanges/1 document: idempotent by codes, all or nothing; an error names the entry and field (staff)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
							description = "A twinport-exchanges/1 document, as GET /export writes it"))))
	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	ExchangeImport.Result importExchanges(@RequestBody byte[] document) {
		return transfer.importExchanges(new ByteArrayInputStream(document));
	}

	@Operation(
			summary = "Every live exchange, donation and project as a twinport-exchanges/1 document (staff); records without a code are named exchange-<id> or donation-<id>, which an import here attaches to them")
	@ApiResponse(responseCode = "200", description = "A twinport-exchanges/1 document",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal TwinportUser user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"" + ExchangeExport.FILE_NAME + "\"")
			.body(export.document(user));
	}

}

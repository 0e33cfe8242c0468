package org.twinport.network.web;

import java.io.ByteArrayInputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.network.NetworkImport;
import org.twinport.shared.MediaTypes;

@Tag(name = "Partner network")
@RestController
@RequestMapping("/api/v1/network")
class NetworkTransferApi {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final NetworkImport transfer;

	NetworkTransferApi(NetworkImport transfer) {
		this.transfer = transfer;
	}

	@Operation(summary = "Partnerships as CSV: home,partner,kind,status,established,fieldsOfCooperation,notes (public)")
	@ApiResponse(responseCode = "200", description = "The partnerships, one a line",
			content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string")))
	@GetMapping("/partnerships.csv")
	ResponseEntity<String> exportCsv() {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", "attachment; filename=\"partnerships.csv\"")
			.body(transfer.exportPartnershipsCsv());
	}

	@Operation(
			summary = "Import partnerships from CSV with the export's header: idempotent, all or nothing; errors name the line (staff)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The CSV, with the header of GET /partnerships.csv",
					content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string"))))
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/partnerships.csv")
	NetworkImport.ImportResult importCsv(@RequestBody String csv) {
		return transfer.importPartnershipsCsv(csv);
	}

	@Operation(summary = "The whole network as a twinport-network/1 document, personal details included (staff)")
	@PreAuthorize("hasRole('ADMIN')")
	@ApiResponse(responseCode = "200", description = "A twinport-network/1 document",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
	@GetMapping("/export")
	ResponseEntity<byte[]> export() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"twinport-network.json\"")
			.body(transfer.exportNetwork());
	}

	@Operation(summary = "Import a twinport-network/1 document: idempotent by codes, all or nothing (staff)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
							description = "A twinport-network/1 document, as GET /export writes it"))))
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	NetworkImport.ImportResult importNetwork(@RequestBody byte[] document) {
		return transfer.importNetwork(new ByteArrayInputStream(document));
	}

}

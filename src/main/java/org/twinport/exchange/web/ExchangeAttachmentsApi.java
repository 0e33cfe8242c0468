package org.twinport.exchange.web;

import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.multipart.MultipartFile;
import org.twinport.exchange.ExchangeAttachments;
import org.twinport.identity.TwinportUser;
import org.twinport.platform.AttachmentDownloadResponse;
import org.twinport.platform.AttachmentResponses;
import org.twinport.platform.Attachments.Attachment;

@Tag(name = "Exchanges")
@RestController
@RequestMapping("/api/v1/exchanges/{id}/attachments")
class ExchangeAttachmentsApi {

	private final ExchangeAttachments attachments;

	ExchangeAttachmentsApi(ExchangeAttachments attachments) {
		this.attachments = attachments;
	}

	@Operation(
			summary = "Attach a file as multipart 'file' (PDF, PNG, JPEG or DOCX, up to 10 MB); 'public' makes it readable by whoever sees the exchange (staff; partner office: exchanges its place takes part in)",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(type = "object", requiredProperties = "file"),
							schemaProperties = @SchemaProperty(name = "file",
									schema = @Schema(type = "string", format = "binary")))))
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Attachment upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(name = "public", defaultValue = "false") boolean isPublic,
			@AuthenticationPrincipal TwinportUser user) {
		InputStream content = AttachmentResponses.uploaded(file);
		return attachments.upload(id, file.getOriginalFilename(), content, isPublic, user);
	}

	@Operation(summary = "An exchange's attachments (public ones; staff and the offices taking part all)")
	@GetMapping
	List<Attachment> list(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return attachments.attachments(id, user);
	}

	@Operation(summary = "Download one attachment, always as an attachment")
	@AttachmentDownloadResponse
	@GetMapping("/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal TwinportUser user) {
		return AttachmentResponses.download(attachments.download(id, attachmentId, user));
	}

}

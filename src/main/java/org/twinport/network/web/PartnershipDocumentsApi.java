package org.twinport.network.web;

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
import org.twinport.identity.TwinportUser;
import org.twinport.network.PartnershipDocuments;
import org.twinport.platform.AttachmentDownloadResponse;
import org.twinport.platform.AttachmentResponses;
import org.twinport.platform.Attachments.Attachment;

@Tag(name = "Partner network")
@RestController
@RequestMapping("/api/v1/network/partnerships/{id}/documents")
class PartnershipDocumentsApi {

	private final PartnershipDocuments documents;

	PartnershipDocumentsApi(PartnershipDocuments documents) {
		this.documents = documents;
	}

	@Operation(
			summary = "Upload an agreement document as multipart 'file' (PDF, PNG, JPEG or DOCX, up to 10 MB); 'public' makes it readable by anyone (staff; partner office: its own ties)",
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
		return documents.upload(id, file.getOriginalFilename(), content, isPublic, user);
	}

	@Operation(summary = "A partnership's agreement documents (public ones; staff and the partner's office all)")
	@GetMapping
	List<Attachment> list(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return documents.documents(id, user);
	}

	@Operation(summary = "Download one document, always as an attachment")
	@AttachmentDownloadResponse
	@GetMapping("/{documentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal TwinportUser user) {
		return AttachmentResponses.download(documents.download(id, documentId, user));
	}

}

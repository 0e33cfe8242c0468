package org.twinport.matchmaking.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.RfqAttachments;
import org.twinport.platform.AttachmentDownloadResponse;
import org.twinport.platform.AttachmentResponses;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Tag(name = "Matchmaking: sourcing requests and quotes")
@RestController
@RequestMapping("/api/v1/matchmaking/rfqs/{id}")
class RfqAttachmentsApi {

	private final RfqAttachments attachments;

	RfqAttachmentsApi(RfqAttachments attachments) {
		this.attachments = attachments;
	}

	record Invitation(Long companyId) {
	}

	@Operation(
			summary = "Attach a file to your RFQ as multipart 'file' (PDF, PNG, JPEG or DOCX recognised from its bytes, up to 10 MB)",
			description = "Readable only by the RFQ's parties (the buyer, invited suppliers, suppliers that quoted) and ADMIN.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(type = "object", requiredProperties = "file"),
							schemaProperties = @SchemaProperty(name = "file",
									schema = @Schema(type = "string", format = "binary")))))
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	Attachment attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal TwinportUser user) {
		return attachments.attach(user, id, file == null ? null : file.getOriginalFilename(),
				AttachmentResponses.uploaded(file));
	}

	@Operation(summary = "An RFQ's attachments, for its parties and ADMIN (404 for anyone else)")
	@GetMapping("/attachments")
	List<Attachment> list(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return attachments.attachments(user, id);
	}

	@Operation(summary = "Download one attachment of an RFQ, always as an attachment")
	@AttachmentDownloadResponse
	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal TwinportUser user) {
		return AttachmentResponses.download(attachments.download(user, id, attachmentId));
	}

	@Operation(summary = "Invite a supplier to quote on your RFQ: it may then read the attachments")
	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/invitations")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void invite(@PathVariable long id, @RequestBody Invitation invitation, @AuthenticationPrincipal TwinportUser user) {
		if (invitation == null || invitation.companyId() == null) {
			throw new InvalidInputException("companyId", Reason.of("problem.required"));
		}
		attachments.invite(user, id, invitation.companyId());
	}

	@Operation(summary = "The companies invited to quote on an RFQ (its buyer and ADMIN)")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT', 'BUYER')")
	@GetMapping("/invitations")
	List<Long> invited(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return attachments.invited(user, id);
	}

}

package org.twinport.matchmaking.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.RfqAttachments;
import org.twinport.platform.AttachmentResponses;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** The RFQ page's forms for attachments and invitations, and the download link. */
@Controller
class RfqFilePages {

	private final RfqAttachments attachments;

	private final FormAttempts forms;

	RfqFilePages(RfqAttachments attachments, FormAttempts forms) {
		this.forms = forms;
		this.attachments = attachments;
	}

	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/rfqs/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal TwinportUser user, RedirectAttributes flash) {
		return forms.attempt("/matchmaking/rfqs/" + id, flash, () -> {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", Reason.of("matchmaking.problem.chooseFile"));
			}
			try (InputStream content = AttachmentResponses.uploaded(file)) {
				attachments.attach(user, id, file.getOriginalFilename(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@GetMapping("/matchmaking/rfqs/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal TwinportUser user) {
		return AttachmentResponses.download(attachments.download(user, id, attachmentId));
	}

	@PreAuthorize("hasAnyRole('MERCHANT', 'BUYER')")
	@PostMapping("/matchmaking/rfqs/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam(required = false) Long companyId,
			@AuthenticationPrincipal TwinportUser user, RedirectAttributes flash) {
		return forms.attempt("/matchmaking/rfqs/" + id, flash, () -> {
			if (companyId == null) {
				throw new InvalidInputException("companyId", Reason.of("problem.required"));
			}
			attachments.invite(user, id, companyId);
		});
	}

}

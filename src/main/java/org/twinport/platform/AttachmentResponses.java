package org.twinport.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.shared.Reason;
import org.twinport.shared.InvalidInputException;

/**
 * How a stored file leaves the server: with its recognised type, as a download, never
 * rendered in place.
 */
public final class AttachmentResponses {

	private AttachmentResponses() {
	}

	public static ResponseEntity<InputStreamResource> download(Attachments.Download download) {
		Attachment attachment = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename(attachment.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(new InputStreamResource(download.content()));
	}

	/**
	 * The content of an uploaded multipart part 'file'.
	 * @throws InvalidInputException naming {@code file} when the part is missing
	 */
	public static InputStream uploaded(MultipartFile file) {
		if (file == null) {
			throw new InvalidInputException("file", Reason.of("platform.problem.fileRequired"));
		}
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

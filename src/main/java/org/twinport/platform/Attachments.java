package org.twinport.platform;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Files attached to other modules' records, kept under {@code TWINPORT_HOME/attachments}.
 * Only PDF, PNG, JPEG and DOCX are accepted, recognised from their bytes (never from the
 * name or the declared type), up to {@link #MAX_BYTES}. Who may attach and read is the
 * owning module's decision; this stores and finds.
 */
public interface Attachments {

	long MAX_BYTES = 10L * 1024 * 1024;

	/**
	 * Stores the file and its row inside the caller's transaction (which is required): if
	 * the transaction rolls back, the file is deleted again, so neither is left without
	 * the other.
	 * @throws org.twinport.shared.InvalidInputException on field {@code file} when it is
	 * empty, too large or not one of the accepted types
	 */
	Attachment store(String ownerType, long ownerId, String fileName, InputStream content, boolean isPublic,
			String actor);

	/** The live attachments of one record, oldest first. */
	List<Attachment> list(String ownerType, long ownerId);

	Optional<Attachment> find(String ownerType, long ownerId, long attachmentId);

	/** The stored bytes; the caller closes the stream. */
	InputStream open(Attachment attachment);

	/**
	 * @param contentType as recognised from the bytes
	 * @param sha256 of the bytes, in hex
	 */
	record Attachment(long id, String ownerType, long ownerId, String fileName, String contentType, long size,
			String sha256, boolean isPublic, String uploadedBy, Instant uploadedAt) {
	}

	/** An attachment and its bytes; the caller closes {@code content}. */
	record Download(Attachment attachment, InputStream content) {
	}

}

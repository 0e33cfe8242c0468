package org.twinport.platform;

import org.jspecify.annotations.Nullable;
import org.twinport.shared.Reason;

/**
 * One module's rule for the attachments of its records: who may attach, and who reads
 * all of them rather than only the public ones. {@link OwnedAttachments} does the rest.
 * @param <U> the module's user type
 */
public interface AttachmentOwner<U> {

	/** The owner type the attachments are stored under, e.g. {@code "exchange"}. */
	String type();

	/**
	 * @throws org.twinport.shared.NotFoundException or another problem when the actor may
	 * not attach files to the record
	 */
	void checkMayAttach(long ownerId, U actor);

	/**
	 * Whether the reader sees the private attachments too.
	 * @param reader null for an anonymous reader
	 * @throws org.twinport.shared.NotFoundException when the reader may not see the record
	 * at all
	 */
	boolean readsAll(long ownerId, @Nullable U reader);

	/**
	 * Why an attachment the reader may not have is not found: the module's code, worded
	 * from its own bundle.
	 */
	Reason noSuchAttachment(long ownerId, long attachmentId);

	/** Whether an upload goes to the audit trail. */
	default boolean audited() {
		return true;
	}

}

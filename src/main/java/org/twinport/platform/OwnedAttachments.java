package org.twinport.platform;

import java.io.InputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.UserDetails;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.Attachments.Download;
import org.twinport.shared.NotFoundException;

/**
 * Upload, list and download of the attachments of one module's records, with that
 * module's {@link AttachmentOwner} rule: what the exchange, network and matchmaking
 * attachments share, written once.
 * @param <U> the module's user type
 */
public final class OwnedAttachments<U extends UserDetails> {

	private final Attachments attachments;

	private final AuditTrail audit;

	private final AttachmentOwner<U> owner;

	public OwnedAttachments(Attachments attachments, AuditTrail audit, AttachmentOwner<U> owner) {
		this.attachments = attachments;
		this.audit = audit;
		this.owner = owner;
	}

	/**
	 * Stores the file once the owner's rule lets the actor attach; the caller's
	 * transaction (required) holds the row and its audit record.
	 */
	public Attachment upload(long ownerId, String fileName, InputStream content, boolean isPublic, U actor) {
		owner.checkMayAttach(ownerId, actor);
		Attachment stored = attachments.store(owner.type(), ownerId, fileName, content, isPublic,
				actor.getUsername());
		if (owner.audited()) {
			audit.record(actor.getUsername(), "attachment", stored.id(), AuditTrail.Action.CREATED, null, stored);
		}
		return stored;
	}

	/** The attachments the reader may see, oldest first. */
	public List<Attachment> visibleTo(long ownerId, @Nullable U reader) {
		boolean all = owner.readsAll(ownerId, reader);
		return attachments.list(owner.type(), ownerId).stream().filter(a -> all || a.isPublic()).toList();
	}

	/**
	 * @throws NotFoundException when it does not exist or the reader may not see it
	 */
	public Download download(long ownerId, long attachmentId, @Nullable U reader) {
		boolean all = owner.readsAll(ownerId, reader);
		Attachment attachment = attachments.find(owner.type(), ownerId, attachmentId)
			.filter(a -> all || a.isPublic())
			.orElseThrow(() -> new NotFoundException(owner.noSuchAttachment(ownerId, attachmentId)));
		return new Download(attachment, attachments.open(attachment));
	}

}

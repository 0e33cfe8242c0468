package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.io.InputStream;
import java.util.List;

import org.twinport.identity.TwinportUser;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.Attachments.Download;

/**
 * Files attached to an exchange (programmes, letters, photos). Staff and the offices of
 * places taking part upload and read them all; anyone who may see the exchange reads
 * those marked public. Uploads are audited.
 */
public interface ExchangeAttachments {

	/**
	 * @throws org.twinport.shared.NotFoundException when the exchange does not exist or
	 * the actor may not change it
	 * @throws org.twinport.shared.InvalidInputException on {@code file} for an empty,
	 * oversized or refused file
	 */
	Attachment upload(long exchangeId, String fileName, InputStream content, boolean isPublic, TwinportUser actor);

	/**
	 * @param reader null for an anonymous reader
	 */
	List<Attachment> attachments(long exchangeId, @Nullable TwinportUser reader);

	/** The attachment and its bytes (the caller closes them). */
	Download download(long exchangeId, long attachmentId, @Nullable TwinportUser reader);

}

package org.twinport.network;

import java.io.InputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinport.identity.TwinportUser;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.Attachments.Download;

/**
 * Agreement documents of a partnership. Staff and the partner office of the partnership's
 * partner place upload and read them all; anyone else reads only those marked public.
 * Uploads are audited.
 */
public interface PartnershipDocuments {

	/**
	 * @throws org.twinport.shared.NotFoundException when the partnership does not exist
	 * or is not the actor's
	 * @throws org.twinport.shared.InvalidInputException on {@code file} for an empty,
	 * oversized or refused file
	 */
	Attachment upload(long partnershipId, String fileName, InputStream content, boolean isPublic, TwinportUser actor);

	/**
	 * @param reader null for an anonymous reader
	 */
	List<Attachment> documents(long partnershipId, @Nullable TwinportUser reader);

	/**
	 * @throws org.twinport.shared.NotFoundException when it does not exist or the reader
	 * may not see it
	 */
	Download download(long partnershipId, long documentId, @Nullable TwinportUser reader);

}

package org.twinport.matchmaking;

import java.io.InputStream;
import java.util.List;

import org.twinport.identity.TwinportUser;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.Attachments.Download;

/**
 * Files attached to an RFQ (specifications, drawings, certificates) and the suppliers
 * invited to quote on it. An RFQ's attachments are visible only to its parties and to
 * ADMIN: the buyer company, the suppliers the buyer invited, and the suppliers that have
 * quoted on it. Only the buyer attaches and invites, while the RFQ is open. Files are
 * PDF, PNG, JPEG or DOCX recognised from their bytes, up to 10 MB; to anyone else an RFQ
 * has no attachments to read (404).
 */
public interface RfqAttachments {

	Attachment attach(TwinportUser user, long rfqId, String fileName, InputStream content);

	List<Attachment> attachments(TwinportUser user, long rfqId);

	Download download(TwinportUser user, long rfqId, long attachmentId);

	/** Invites a supplier: it may then read the attachments before it quotes. */
	void invite(TwinportUser user, long rfqId, long supplierCompanyId);

	/** The companies invited, for the buyer and ADMIN. */
	List<Long> invited(TwinportUser user, long rfqId);

}

package org.twinport.network.internal;

import java.io.InputStream;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.network.PartnershipDocuments;
import org.twinport.platform.AttachmentOwner;
import org.twinport.platform.Attachments;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.Attachments.Download;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.OwnedAttachments;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/**
 * Documents of a partnership over {@code platform}'s attachments, with the tenant rule:
 * staff and the partner place's office attach and read them all.
 */
@Service
class PartnershipDocumentsService implements PartnershipDocuments, AttachmentOwner<TwinportUser> {

	static final String OWNER = "partnership";

	private final JdbcClient jdbc;

	private final OwnedAttachments<TwinportUser> attachments;

	PartnershipDocumentsService(JdbcClient jdbc, Attachments attachments, AuditTrail audit) {
		this.jdbc = jdbc;
		this.attachments = new OwnedAttachments<>(attachments, audit, this);
	}

	@Override
	@Transactional
	public Attachment upload(long partnershipId, String fileName, InputStream content, boolean isPublic,
			TwinportUser actor) {
		return attachments.upload(partnershipId, fileName, content, isPublic, actor);
	}

	@Override
	public List<Attachment> documents(long partnershipId, TwinportUser reader) {
		return attachments.visibleTo(partnershipId, reader);
	}

	@Override
	public Download download(long partnershipId, long documentId, TwinportUser reader) {
		return attachments.download(partnershipId, documentId, reader);
	}

	@Override
	public String type() {
		return OWNER;
	}

	@Override
	public void checkMayAttach(long partnershipId, TwinportUser actor) {
		if (!Rows.mayManagePlace(actor, partnerPlace(partnershipId))) {
			throw new NotFoundException(Reason.of("network.problem.noPartnershipToChange", String.valueOf(partnershipId)));
		}
	}

	@Override
	public boolean readsAll(long partnershipId, TwinportUser reader) {
		return Rows.mayManagePlace(reader, partnerPlace(partnershipId));
	}

	@Override
	public Reason noSuchAttachment(long partnershipId, long documentId) {
		return Reason.of("network.problem.noSuchDocument", String.valueOf(documentId), String.valueOf(partnershipId));
	}

	/** The partner place of a live partnership. */
	private Long partnerPlace(long partnershipId) {
		return jdbc.sql("select partner_place_id from network.partnership where id = :id and not archived")
			.param("id", partnershipId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("network.problem.noPartnership", String.valueOf(partnershipId))));
	}

}

package org.twinport.network.internal;

import java.io.InputStream;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.network.PartnershipDocuments;
import org.twinport.platform.Attachments;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.AuditTrail;
import org.twinport.shared.NotFoundException;

@Service
class JdbcPartnershipDocuments implements PartnershipDocuments {

	static final String OWNER = "partnership";

	private final JdbcClient jdbc;

	private final Attachments attachments;

	private final AuditTrail audit;

	JdbcPartnershipDocuments(JdbcClient jdbc, Attachments attachments, AuditTrail audit) {
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Attachment upload(long partnershipId, String fileName, InputStream content, boolean isPublic,
			TwinportUser actor) {
		if (!Rows.mayManagePlace(actor, partnerPlace(partnershipId))) {
			throw new NotFoundException("There is no partnership " + partnershipId + " that you may change.");
		}
		Attachment stored = attachments.store(OWNER, partnershipId, fileName, content, isPublic, actor.getUsername());
		audit.record(actor.getUsername(), "attachment", stored.id(), AuditTrail.Action.CREATED, null, stored);
		return stored;
	}

	@Override
	public List<Attachment> documents(long partnershipId, TwinportUser reader) {
		boolean insider = Rows.mayManagePlace(reader, partnerPlace(partnershipId));
		return attachments.list(OWNER, partnershipId).stream().filter(a -> insider || a.isPublic()).toList();
	}

	@Override
	public Download download(long partnershipId, long documentId, TwinportUser reader) {
		boolean insider = Rows.mayManagePlace(reader, partnerPlace(partnershipId));
		Attachment attachment = attachments.find(OWNER, partnershipId, documentId)
			.filter(a -> insider || a.isPublic())
			.orElseThrow(() -> new NotFoundException(
					"There is no document " + documentId + " of partnership " + partnershipId + "."));
		return new Download(attachment, attachments.open(attachment));
	}

	/** The partner place of a live partnership. */
	private Long partnerPlace(long partnershipId) {
		return jdbc.sql("select partner_place_id from network.partnership where id = :id and not archived")
			.param("id", partnershipId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("There is no partnership " + partnershipId + "."));
	}

}

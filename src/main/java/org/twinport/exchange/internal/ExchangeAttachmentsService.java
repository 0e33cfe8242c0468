package org.twinport.exchange.internal;

import java.io.InputStream;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.exchange.ExchangeAttachments;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.platform.AttachmentOwner;
import org.twinport.platform.Attachments;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.Attachments.Download;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.OwnedAttachments;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/**
 * Files of an exchange over {@code platform}'s attachments, with the tenant rule: staff and
 * the offices of places taking part attach and read them all.
 */
@Service
class ExchangeAttachmentsService implements ExchangeAttachments, AttachmentOwner<TwinportUser> {

	static final String OWNER = "exchange";

	private final JdbcClient jdbc;

	private final ExchangeManagement exchanges;

	private final OwnedAttachments<TwinportUser> attachments;

	ExchangeAttachmentsService(JdbcClient jdbc, ExchangeManagement exchanges, Attachments attachments, AuditTrail audit) {
		this.jdbc = jdbc;
		this.exchanges = exchanges;
		this.attachments = new OwnedAttachments<>(attachments, audit, this);
	}

	@Override
	@Transactional
	public Attachment upload(long exchangeId, String fileName, InputStream content, boolean isPublic,
			TwinportUser actor) {
		return attachments.upload(exchangeId, fileName, content, isPublic, actor);
	}

	@Override
	public List<Attachment> attachments(long exchangeId, TwinportUser reader) {
		return attachments.visibleTo(exchangeId, reader);
	}

	@Override
	public Download download(long exchangeId, long attachmentId, TwinportUser reader) {
		return attachments.download(exchangeId, attachmentId, reader);
	}

	@Override
	public String type() {
		return OWNER;
	}

	@Override
	public void checkMayAttach(long exchangeId, TwinportUser actor) {
		if (!insider(exchangeId, actor) || exchanges.exchange(exchangeId, actor, "en").archived()) {
			throw new NotFoundException(Reason.of("exchange.problem.noExchangeToChange", String.valueOf(exchangeId)));
		}
	}

	@Override
	public boolean readsAll(long exchangeId, TwinportUser reader) {
		exchanges.exchange(exchangeId, reader, "en");
		return insider(exchangeId, reader);
	}

	@Override
	public Reason noSuchAttachment(long exchangeId, long attachmentId) {
		return Reason.of("exchange.problem.noSuchAttachment", String.valueOf(attachmentId), String.valueOf(exchangeId));
	}

	/**
	 * Staff, or the office of a place that takes part in the exchange (the same rule as
	 * for changing it).
	 */
	private boolean insider(long exchangeId, TwinportUser user) {
		if (user == null) {
			return false;
		}
		if (user.is(Role.ADMIN)) {
			return true;
		}
		return user.is(Role.PARTNER_OFFICE) && user.partnerPlaceId() != null && jdbc.sql("""
				select count(*) from exchange.participant where exchange_id = :id and place_id = :place
				""").param("id", exchangeId).param("place", user.partnerPlaceId()).query(Long.class).single() > 0;
	}

}

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
import org.twinport.platform.Attachments;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.AuditTrail;
import org.twinport.shared.NotFoundException;

@Service
class JdbcExchangeAttachments implements ExchangeAttachments {

	static final String OWNER = "exchange";

	private final JdbcClient jdbc;

	private final ExchangeManagement exchanges;

	private final Attachments attachments;

	private final AuditTrail audit;

	JdbcExchangeAttachments(JdbcClient jdbc, ExchangeManagement exchanges, Attachments attachments, AuditTrail audit) {
		this.jdbc = jdbc;
		this.exchanges = exchanges;
		this.attachments = attachments;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Attachment upload(long exchangeId, String fileName, InputStream content, boolean isPublic,
			TwinportUser actor) {
		if (!insider(exchangeId, actor) || exchanges.exchange(exchangeId, actor, "en").archived()) {
			throw new NotFoundException("There is no exchange " + exchangeId + " that you may change.");
		}
		Attachment stored = attachments.store(OWNER, exchangeId, fileName, content, isPublic, actor.getUsername());
		audit.record(actor.getUsername(), "attachment", stored.id(), AuditTrail.Action.CREATED, null, stored);
		return stored;
	}

	@Override
	public List<Attachment> attachments(long exchangeId, TwinportUser reader) {
		exchanges.exchange(exchangeId, reader, "en");
		boolean insider = insider(exchangeId, reader);
		return attachments.list(OWNER, exchangeId).stream().filter(a -> insider || a.isPublic()).toList();
	}

	@Override
	public Download download(long exchangeId, long attachmentId, TwinportUser reader) {
		exchanges.exchange(exchangeId, reader, "en");
		boolean insider = insider(exchangeId, reader);
		Attachment attachment = attachments.find(OWNER, exchangeId, attachmentId)
			.filter(a -> insider || a.isPublic())
			.orElseThrow(() -> new NotFoundException(
					"There is no attachment " + attachmentId + " of exchange " + exchangeId + "."));
		return new Download(attachment, attachments.open(attachment));
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

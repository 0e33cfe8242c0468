package org.twinport.matchmaking.internal;

import java.io.InputStream;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.RfqAttachments;
import org.twinport.matchmaking.RfqStatus;
import org.twinport.matchmaking.RfqView;
import org.twinport.platform.AttachmentOwner;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.Attachments;
import org.twinport.platform.Attachments.Attachment;
import org.twinport.platform.Attachments.Download;
import org.twinport.platform.OwnedAttachments;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.Reason;

@Service
class RfqAttachmentService implements RfqAttachments, AttachmentOwner<TwinportUser> {

	static final String OWNER = "rfq";

	private final JdbcClient jdbc;

	private final SourcingService sourcing;

	private final CompanyService companies;

	private final OwnedAttachments<TwinportUser> attachments;

	RfqAttachmentService(JdbcClient jdbc, SourcingService sourcing, CompanyService companies, Attachments attachments,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.sourcing = sourcing;
		this.companies = companies;
		this.attachments = new OwnedAttachments<>(attachments, audit, this);
	}

	@Override
	@Transactional
	public Attachment attach(TwinportUser user, long rfqId, String fileName, InputStream content) {
		return attachments.upload(rfqId, fileName, content, false, user);
	}

	@Override
	public List<Attachment> attachments(TwinportUser user, long rfqId) {
		return attachments.visibleTo(rfqId, user);
	}

	@Override
	public Download download(TwinportUser user, long rfqId, long attachmentId) {
		return attachments.download(rfqId, attachmentId, user);
	}

	@Override
	public String type() {
		return OWNER;
	}

	@Override
	public void checkMayAttach(long rfqId, TwinportUser user) {
		buyersOpenRfq(user, rfqId);
	}

	/** Only the parties read an RFQ's files, and they read them all. */
	@Override
	public boolean readsAll(long rfqId, TwinportUser user) {
		requireParty(user, rfqId);
		return true;
	}

	@Override
	public Reason noSuchAttachment(long rfqId, long attachmentId) {
		return Reason.of("matchmaking.problem.noSuchAttachment", String.valueOf(rfqId), String.valueOf(attachmentId));
	}

	/** Uploads to an RFQ stay out of the audit trail, as they always have. */
	@Override
	public boolean audited() {
		return false;
	}

	@Override
	@Transactional
	public void invite(TwinportUser user, long rfqId, long supplierCompanyId) {
		RfqView rfq = buyersOpenRfq(user, rfqId);
		if (supplierCompanyId == rfq.buyerCompanyId()) {
			throw new InvalidInputException("companyId", Reason.of("matchmaking.problem.buyerItself"));
		}
		companies.row(supplierCompanyId).orElseThrow(() -> new InvalidInputException("companyId", Reason.of("matchmaking.problem.notCompany")));
		jdbc.sql("insert into matchmaking.rfq_invitation (rfq_id, company_id) values (:r, :c) on conflict do nothing")
			.param("r", rfqId)
			.param("c", supplierCompanyId)
			.update();
	}

	@Override
	public List<Long> invited(TwinportUser user, long rfqId) {
		RfqView rfq = sourcing.rfq(user, rfqId);
		if (rfq.quoteCount() == null) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noRfq"));
		}
		return jdbc.sql("select company_id from matchmaking.rfq_invitation where rfq_id = :r order by invited_at")
			.param("r", rfqId)
			.query(Long.class)
			.list();
	}

	/** ADMIN, the buyer, an invited supplier or a supplier that quoted. */
	boolean isParty(TwinportUser user, RfqView rfq) {
		if (user.is(Role.ADMIN)) {
			return true;
		}
		Long company = companies.actingForOrNull(user);
		if (company == null) {
			return false;
		}
		return company == rfq.buyerCompanyId() || jdbc.sql("""
				select exists (select 1 from matchmaking.rfq_invitation where rfq_id = :r and company_id = :c)
				    or exists (select 1 from matchmaking.quote where rfq_id = :r and supplier_company_id = :c)""")
			.param("r", rfq.id())
			.param("c", company)
			.query(Boolean.class)
			.single();
	}

	private void requireParty(TwinportUser user, long rfqId) {
		RfqView rfq = sourcing.rfq(user, rfqId);
		if (!isParty(user, rfq)) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noAttachments", String.valueOf(rfqId)));
		}
	}

	private RfqView buyersOpenRfq(TwinportUser user, long rfqId) {
		RfqView rfq = sourcing.rfq(user, rfqId);
		Long company = companies.actingForOrNull(user);
		if (company == null || company != rfq.buyerCompanyId()) {
			throw new NotFoundException(Reason.of("matchmaking.problem.buyerOnly"));
		}
		if (rfq.status() != RfqStatus.OPEN) {
			throw new StateConflictException(Reason.of("matchmaking.problem.rfqIs." + rfq.status().name()));
		}
		return rfq;
	}

}

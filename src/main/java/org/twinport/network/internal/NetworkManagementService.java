package org.twinport.network.internal;

import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkManagement;
import org.twinport.network.PartialDate;
import org.twinport.network.PartnershipDraft;
import org.twinport.network.PartnershipStatus;
import org.twinport.network.PartnershipView;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.AuditTrail.Action;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.NotFoundException;

/**
 * The rules for changing partnerships: staff create and archive them; a partner office
 * changes status, fields, notes and contacts of its own ties only. Audited; clears the
 * figures' cache.
 */
@Service
class NetworkManagementService implements NetworkManagement {

	private final JdbcClient jdbc;

	private final NetworkDirectory directory;

	private final AuditTrail audit;

	private final FiguresCache figures;

	NetworkManagementService(JdbcClient jdbc, NetworkDirectory directory, AuditTrail audit, FiguresCache figures) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.figures = figures;
	}

	@Override
	@Transactional
	public PartnershipView changeStatus(long partnershipId, PartnershipStatus status, TwinportUser actor, String lang) {
		PartnershipView before = ownPartnership(partnershipId, actor);
		jdbc.sql("update network.partnership set status = :status, updated_at = now() where id = :id")
			.param("status", status.name())
			.param("id", partnershipId)
			.update();
		return changed(partnershipId, before, actor, lang);
	}

	@Override
	@Transactional
	public PartnershipView create(PartnershipDraft draft, TwinportUser actor, String lang) {
		staffOnly(actor);
		PartialDate established = PartialDate.parse("established", draft.established());
		long id;
		try {
			id = jdbc.sql("""
					insert into network.partnership (home_place_id, partner_place_id, kind, status, established_on,
					  established_precision, fields_of_cooperation, notes)
					values (:home, :partner, :kind, :status, :established, :precision, :fields, :notes) returning id
					""")
				.param("home", homePlace(draft.home()))
				.param("partner", place(draft.partner(), "partner"))
				.param("kind", kind(draft.kind()))
				.param("status", (draft.status() == null ? PartnershipStatus.ACTIVE : draft.status()).name())
				.param("established", established.date())
				.param("precision", established.precision().name())
				.param("fields", Rows.array(draft.fieldsOfCooperation()))
				.param("notes", draft.notes())
				.query(Long.class)
				.single();
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new InvalidInputException("partner", Reason.of("problem.duplicateTie"));
		}
		linkContacts(id, draft.contacts());
		PartnershipView created = directory.partnership(id, lang).orElseThrow();
		audit.record(actor.getUsername(), "partnership", id, Action.CREATED, null, created);
		figures.clear();
		return created;
	}

	@Override
	@Transactional
	public PartnershipView update(long partnershipId, PartnershipDraft draft, TwinportUser actor, String lang) {
		PartnershipView before = ownPartnership(partnershipId, actor);
		if (Rows.isStaff(actor)) {
			PartialDate established = PartialDate.parse("established", draft.established());
			jdbc.sql("""
					update network.partnership set home_place_id = :home, partner_place_id = :partner, kind = :kind,
					  established_on = :established, established_precision = :precision where id = :id
					""")
				.param("home", homePlace(draft.home()))
				.param("partner", place(draft.partner(), "partner"))
				.param("kind", kind(draft.kind()))
				.param("established", established.date())
				.param("precision", established.precision().name())
				.param("id", partnershipId)
				.update();
		}
		else {
			staffOnlyField("home", draft.home(), before.home().code());
			staffOnlyField("partner", draft.partner(), before.partner().code());
			staffOnlyField("kind", draft.kind(), before.kind());
			staffOnlyField("established", draft.established(), before.established());
		}
		jdbc.sql("""
				update network.partnership set status = coalesce(:status, status), fields_of_cooperation = :fields,
				  notes = :notes, updated_at = now() where id = :id
				""")
			.param("status", draft.status() == null ? null : draft.status().name())
			.param("fields", Rows.array(draft.fieldsOfCooperation()))
			.param("notes", draft.notes())
			.param("id", partnershipId)
			.update();
		if (draft.contacts() != null) {
			jdbc.sql("delete from network.partnership_contact where partnership_id = :id")
				.param("id", partnershipId)
				.update();
			linkContacts(partnershipId, draft.contacts());
		}
		return changed(partnershipId, before, actor, lang);
	}

	@Override
	@Transactional
	public void archive(long partnershipId, TwinportUser actor) {
		staffOnly(actor);
		PartnershipView before = ownPartnership(partnershipId, actor);
		jdbc.sql("update network.partnership set archived = true, updated_at = now() where id = :id")
			.param("id", partnershipId)
			.update();
		audit.record(actor.getUsername(), "partnership", partnershipId, Action.ARCHIVED, before, null);
		figures.clear();
	}

	private PartnershipView changed(long id, PartnershipView before, TwinportUser actor, String lang) {
		PartnershipView after = directory.partnership(id, lang).orElseThrow();
		audit.record(actor.getUsername(), "partnership", id, Action.UPDATED, before, after);
		figures.clear();
		return after;
	}

	private PartnershipView ownPartnership(long id, TwinportUser actor) {
		Long partnerPlace = jdbc.sql("select partner_place_id from network.partnership where id = :id and not archived")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (partnerPlace == null || !Rows.mayManagePlace(actor, partnerPlace)) {
			throw new NotFoundException(Reason.of("network.problem.noPartnershipToChange", String.valueOf(id)));
		}
		return directory.partnership(id, "en").orElseThrow();
	}

	private void linkContacts(long partnershipId, List<String> contacts) {
		if (contacts == null) {
			return;
		}
		for (int i = 0; i < contacts.size(); i++) {
			String code = contacts.get(i);
			Long contact = jdbc.sql("select id from network.contact where code = :code and not archived")
				.param("code", code)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new InvalidInputException("contacts", Reason.of("problem.unknownContact", code)));
			jdbc.sql("insert into network.partnership_contact values (:p, :c) on conflict do nothing")
				.param("p", partnershipId)
				.param("c", contact)
				.update();
		}
	}

	private long homePlace(String code) {
		long id = place(code, "home");
		boolean home = jdbc.sql("select is_home from network.place where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
		if (!home) {
			throw new InvalidInputException("home", Reason.of("problem.homePlace"));
		}
		return id;
	}

	private long place(String code, String field) {
		Rows.require(code, field);
		return directory.placeIdByCode(code)
			.orElseThrow(() -> new InvalidInputException(field, Reason.of("problem.unknownPlace", code)));
	}

	private String kind(String kind) {
		Rows.require(kind, "kind");
		if (directory.kinds("en").stream().noneMatch(k -> k.code().equals(kind))) {
			throw new InvalidInputException("kind", Reason.of("problem.kind", kind));
		}
		return kind;
	}

	private static void staffOnlyField(String field, String sent, String current) {
		if (sent != null && !Objects.equals(sent, current)) {
			throw new InvalidInputException(field, Reason.of("network.problem.staffOnly"));
		}
	}

	private static void staffOnly(TwinportUser actor) {
		if (!Rows.isStaff(actor)) {
			throw new org.springframework.security.access.AccessDeniedException("Staff only");
		}
	}

}

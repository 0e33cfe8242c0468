package org.twinport.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.exchange.DonationDraft;
import org.twinport.exchange.DonationManagement;
import org.twinport.exchange.DonationView;
import org.twinport.exchange.DonationView.Party;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkLookup;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.AuditTrail.Action;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.NotFoundException;

/** The rules for donations: visibility by reader, staff-only writes, audit; stored by {@link DonationStore}. */
@Service
class DonationManagementService implements DonationManagement {

	static final String VISIBLE = """
			(d.public or :staff or d.donor_place_id = :readerPlace or d.recipient_place_id = :readerPlace)""";

	private final JdbcClient jdbc;

	private final DonationStore store;

	private final NetworkLookup network;

	private final AuditTrail audit;

	DonationManagementService(JdbcClient jdbc, DonationStore store, NetworkLookup network, AuditTrail audit) {
		this.jdbc = jdbc;
		this.store = store;
		this.network = network;
		this.audit = audit;
	}

	@Override
	public List<DonationView> donations(String partner, TwinportUser reader, String lang) {
		Map<String, Object> params = ExchangeReader.readerParams(reader);
		String filter = "";
		if (partner != null) {
			params.put("partner",
					network.place(partner, lang)
						.orElseThrow(
								() -> new InvalidInputException("partner", Reason.of("problem.unknownPlace", partner)))
						.id());
			filter = " and (d.donor_place_id = :partner or d.recipient_place_id = :partner)";
		}
		return read("not d.archived and " + VISIBLE + filter, params, lang);
	}

	@Override
	public DonationView donation(long id, TwinportUser reader, String lang) {
		Map<String, Object> params = ExchangeReader.readerParams(reader);
		params.put("id", id);
		return read("d.id = :id and " + VISIBLE, params, lang).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Reason.of("exchange.problem.noDonation", String.valueOf(id))));
	}

	@Override
	@Transactional
	public DonationView create(DonationDraft draft, TwinportUser actor, String lang) {
		staffOnly(actor);
		long id = store.save(null, draft, false);
		DonationView created = donation(id, actor, lang);
		audit.record(actor.getUsername(), "donation", id, Action.CREATED, null, created);
		return created;
	}

	@Override
	@Transactional
	public DonationView update(long id, DonationDraft draft, TwinportUser actor, String lang) {
		staffOnly(actor);
		DonationView before = donation(id, actor, "en");
		store.save(id, draft, before.demo());
		DonationView after = donation(id, actor, lang);
		audit.record(actor.getUsername(), "donation", id, Action.UPDATED, before, after);
		return after;
	}

	@Override
	@Transactional
	public void archive(long id, TwinportUser actor) {
		staffOnly(actor);
		DonationView before = donation(id, actor, "en");
		store.archive(id);
		audit.record(actor.getUsername(), "donation", id, Action.ARCHIVED, before, null);
	}

	private record Row(long id, String code, Long exchangeId, String direction, Long donorPlace, Long donorOrganization,
			String donorName, Long recipientPlace, Long recipientOrganization, String recipientName, String country,
			String status, String pledged, String shipped, String delivered, String notes, boolean isPublic,
			boolean archived, boolean demo) {
	}

	private List<DonationView> read(String where, Map<String, Object> params, String lang) {
		List<Row> rows = jdbc.sql("select d.* from exchange.donation d where " + where + " order by d.id")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<DonationDraft.Item>> items = new LinkedHashMap<>();
		jdbc.sql("select * from exchange.donation_item where donation_id = any(:ids) order by id")
			.param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
			.query((rs, n) -> items.computeIfAbsent(rs.getLong("donation_id"), k -> new ArrayList<>())
				.add(new DonationDraft.Item(rs.getString("item"), rs.getBigDecimal("quantity"), rs.getString("unit"),
						rs.getBigDecimal("value_amount"), rs.getString("value_currency"))))
			.list();
		Set<Long> placeIds = new HashSet<>();
		Set<Long> organizationIds = new HashSet<>();
		for (Row r : rows) {
			addIfPresent(placeIds, r.donorPlace());
			addIfPresent(placeIds, r.recipientPlace());
			addIfPresent(organizationIds, r.donorOrganization());
			addIfPresent(organizationIds, r.recipientOrganization());
		}
		var places = network.places(placeIds, lang);
		var organizations = network.organizations(organizationIds, lang);
		return rows.stream().map(r -> {
			Party donor = party(r.donorPlace() == null ? null : places.get(r.donorPlace()),
					r.donorOrganization() == null ? null : organizations.get(r.donorOrganization()), r.donorName());
			Party recipient = party(r.recipientPlace() == null ? null : places.get(r.recipientPlace()),
					r.recipientOrganization() == null ? null : organizations.get(r.recipientOrganization()),
					r.recipientName());
			return new DonationView(r.id(), r.code(), r.exchangeId(), DonationDraft.Direction.valueOf(r.direction()),
					donor, recipient, r.country(), DonationDraft.Status.valueOf(r.status()), r.pledged(), r.shipped(),
					r.delivered(), r.notes(), r.isPublic(), r.archived(), r.demo(),
					items.getOrDefault(r.id(), List.of()));
		}).toList();
	}

	private static Party party(NetworkLookup.PlaceRef place, NetworkLookup.OrganizationRef organization, String name) {
		if (place != null) {
			return new Party("PLACE", place.code(), place.name());
		}
		if (organization != null) {
			return new Party("ORGANIZATION", organization.code(), organization.name());
		}
		return name == null ? new Party(null, null, null) : new Party("NAME", null, name);
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("code"), (Long) rs.getObject("exchange_id"),
				rs.getString("direction"), (Long) rs.getObject("donor_place_id"),
				(Long) rs.getObject("donor_organization_id"), rs.getString("donor_name"),
				(Long) rs.getObject("recipient_place_id"), (Long) rs.getObject("recipient_organization_id"),
				rs.getString("recipient_name"), rs.getString("recipient_country"), rs.getString("status"),
				rs.getString("pledged_on"), rs.getString("shipped_on"), rs.getString("delivered_on"),
				rs.getString("notes"), rs.getBoolean("public"), rs.getBoolean("archived"), rs.getBoolean("demo"));
	}

	private static void addIfPresent(Set<Long> ids, Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static void staffOnly(TwinportUser actor) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Staff only");
		}
	}

}

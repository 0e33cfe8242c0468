package org.twinport.exchange.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.exchange.DonationDraft;
import org.twinport.network.NetworkFiguresChanged;
import org.twinport.network.NetworkLookup;
import org.twinport.shared.CountryCode;
import org.twinport.shared.CurrencyCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** Validates and stores donations with their items, by id or (for imports) by code. */
@Component
class DonationStore {


	private final JdbcClient jdbc;

	private final NetworkLookup network;

	private final ApplicationEventPublisher events;

	DonationStore(JdbcClient jdbc, NetworkLookup network, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.network = network;
		this.events = events;
	}

	/** Inserts when {@code id} is null, else replaces the donation and its items. */
	long save(Long id, DonationDraft d, boolean demo) {
		Map<String, Object> columns = columns(d);
		if (id == null) {
			id = jdbc
				.sql("""
						insert into exchange.donation (code, exchange_id, direction, donor_place_id, donor_organization_id,
						  donor_name, recipient_place_id, recipient_organization_id, recipient_name, recipient_country, status,
						  pledged_on, shipped_on, delivered_on, notes, public, demo)
						values (:code, :exchange, :direction, :donorPlace, :donorOrganization, :donorName, :recipientPlace,
						  :recipientOrganization, :recipientName, :recipientCountry, :status, :pledgedOn, :shippedOn,
						  :deliveredOn, :notes, :public, :demo) returning id
						""")
				.params(columns)
				.param("demo", demo)
				.query(Long.class)
				.single();
		}
		else {
			jdbc.sql("""
					update exchange.donation set code = :code, exchange_id = :exchange, direction = :direction,
					  donor_place_id = :donorPlace, donor_organization_id = :donorOrganization, donor_name = :donorName,
					  recipient_place_id = :recipientPlace, recipient_organization_id = :recipientOrganization,
					  recipient_name = :recipientName, recipient_country = :recipientCountry, status = :status,
					  pledged_on = :pledgedOn, shipped_on = :shippedOn, delivered_on = :deliveredOn, notes = :notes,
					  public = :public, archived = false, updated_at = now() where id = :id
					""").params(columns).param("id", id).update();
			jdbc.sql("delete from exchange.donation_item where donation_id = :id").param("id", id).update();
		}
		List<DonationDraft.Item> items = d.items() == null ? List.of() : d.items();
		for (DonationDraft.Item item : items) {
			jdbc.sql("""
					insert into exchange.donation_item (donation_id, item, quantity, unit, value_amount, value_currency)
					values (:donation, :item, :quantity, :unit, :amount, :currency)
					""")
				.param("donation", id)
				.param("item", item.item().trim())
				.param("quantity", item.quantity())
				.param("unit", item.unit())
				.param("amount", item.valueAmount())
				.param("currency", item.valueCurrency())
				.update();
		}
		events.publishEvent(new NetworkFiguresChanged("donation " + id));
		return id;
	}

	void archive(long id) {
		jdbc.sql("update exchange.donation set archived = true, updated_at = now() where id = :id")
			.param("id", id)
			.update();
		events.publishEvent(new NetworkFiguresChanged("donation " + id));
	}

	private Map<String, Object> columns(DonationDraft d) {
		if (d.code() != null && !d.code().matches("^[a-z0-9][a-z0-9-]{1,80}$")) {
			throw new InvalidInputException("code", Reason.of("problem.code"));
		}
		if (d.direction() == null) {
			throw new InvalidInputException("direction", Reason.of("problem.required"));
		}
		if (d.status() == null) {
			throw new InvalidInputException("status", Reason.of("problem.required"));
		}
		Long donorPlace = place(d.donorPlace(), "donorPlace");
		Long recipientPlace = place(d.recipientPlace(), "recipientPlace");
		if (donorPlace == null && d.donorOrganization() == null && blank(d.donorName())) {
			throw new InvalidInputException("donorPlace", Reason.of("problem.donor"));
		}
		String country = d.recipientCountry();
		if (country == null && recipientPlace != null) {
			country = network.place(d.recipientPlace(), "en").orElseThrow().countryCode();
		}
		if (country != null) {
			CountryCode.of("recipientCountry", country);
		}
		if (recipientPlace == null && d.recipientOrganization() == null && blank(d.recipientName())
				&& country == null) {
			throw new InvalidInputException("recipientPlace", Reason.of("problem.recipient"));
		}
		List<DonationDraft.Item> items = d.items() == null ? List.of() : d.items();
		if (items.isEmpty()) {
			throw new InvalidInputException("items", Reason.of("problem.items"));
		}
		for (int i = 0; i < items.size(); i++) {
			validate(items.get(i), "items[" + i + "]");
		}
		LocalDate pledged = date("pledgedOn", d.pledgedOn());
		LocalDate shipped = date("shippedOn", d.shippedOn());
		LocalDate delivered = date("deliveredOn", d.deliveredOn());
		if (pledged != null && shipped != null && shipped.isBefore(pledged)) {
			throw new InvalidInputException("shippedOn", Reason.of("problem.shippedBeforePledged"));
		}
		if (shipped != null && delivered != null && delivered.isBefore(shipped)) {
			throw new InvalidInputException("deliveredOn", Reason.of("problem.deliveredBeforeShipped"));
		}
		Map<String, Object> columns = new HashMap<>();
		columns.put("code", d.code());
		columns.put("exchange", d.exchange() == null ? null : jdbc
			.sql("select id from exchange.exchange where code = :code")
			.param("code", d.exchange())
			.query(Long.class)
			.optional()
			.orElseThrow(
					() -> new InvalidInputException("exchange", Reason.of("problem.unknownExchange", d.exchange()))));
		columns.put("direction", d.direction().name());
		columns.put("donorPlace", donorPlace);
		columns.put("donorOrganization", organization(d.donorOrganization(), "donorOrganization"));
		columns.put("donorName", d.donorName());
		columns.put("recipientPlace", recipientPlace);
		columns.put("recipientOrganization", organization(d.recipientOrganization(), "recipientOrganization"));
		columns.put("recipientName", d.recipientName());
		columns.put("recipientCountry", country);
		columns.put("status", d.status().name());
		columns.put("pledgedOn", pledged);
		columns.put("shippedOn", shipped);
		columns.put("deliveredOn", delivered);
		columns.put("notes", d.notes());
		columns.put("public", d.isPublic() == null || d.isPublic());
		return columns;
	}

	private static void validate(DonationDraft.Item item, String at) {
		if (item == null || blank(item.item()) || item.item().length() > 200) {
			throw new InvalidInputException(at + ".item", Reason.of("exchange.problem.item"));
		}
		if (item.quantity() != null && item.quantity().signum() <= 0) {
			throw new InvalidInputException(at + ".quantity", Reason.of("problem.quantity"));
		}
		if (item.valueAmount() != null && item.valueAmount().signum() < 0) {
			throw new InvalidInputException(at + ".valueAmount", Reason.of("problem.negative"));
		}
		if (item.valueAmount() != null && item.valueCurrency() == null) {
			throw new InvalidInputException(at + ".valueCurrency", Reason.of("problem.requiredWithValue"));
		}
		if (item.valueCurrency() != null) {
			CurrencyCode.of(at + ".valueCurrency", item.valueCurrency());
		}
	}

	private Long place(String code, String field) {
		if (code == null) {
			return null;
		}
		return network.place(code, "en")
			.orElseThrow(() -> new InvalidInputException(field, Reason.of("problem.unknownPlace", code)))
			.id();
	}

	private Long organization(String code, String field) {
		if (code == null) {
			return null;
		}
		return network.organization(code, "en")
			.orElseThrow(() -> new InvalidInputException(field, Reason.of("problem.unknownOrganization", code)))
			.id();
	}

	private static LocalDate date(String field, String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, Reason.of("problem.date"));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}

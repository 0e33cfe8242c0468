package org.twinport.exchange.internal;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.exchange.ExchangeDraft;
import org.twinport.exchange.ExchangeDraft.Participant;
import org.twinport.network.NetworkLookup;
import org.twinport.network.PartnerActivityChanged;
import org.twinport.shared.CountryCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Validates and stores exchanges with their participants, and tells the network which
 * places took part. Used by the API (with tenant checks and audit around it) and by the
 * import.
 */
@Component
class ExchangeWriter {


	/**
	 * What was stored: the id, and the places taking part directly or through their
	 * organizations and contacts.
	 */
	record Saved(long id, Set<Long> places) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NetworkLookup network;

	private final ApplicationEventPublisher events;

	ExchangeWriter(JdbcClient jdbc, JsonMapper json, NetworkLookup network, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.network = network;
		this.events = events;
	}

	/**
	 * The places the draft's participants belong to, after validating the whole draft.
	 */
	Set<Long> validate(ExchangeDraft draft) {
		if (draft.code() != null && !draft.code().matches("^[a-z0-9][a-z0-9-]{1,80}$")) {
			throw new InvalidInputException("code", Reason.of("problem.code"));
		}
		if (draft.kind() == null) {
			throw new InvalidInputException("kind", Reason.of("problem.required"));
		}
		if (draft.title() == null || draft.title().get("en") == null || draft.title().get("en").isBlank()) {
			throw new InvalidInputException("title", Reason.of("problem.englishTitle"));
		}
		if (draft.title().values().stream().anyMatch(t -> t == null || t.length() > 300)) {
			throw new InvalidInputException("title", Reason.of("problem.titleLength"));
		}
		LocalStart start = LocalStart.parse("start", draft.start());
		LocalStart.zone("timeZone", draft.timeZone());
		if (draft.end() != null && !draft.end().isBlank()
				&& LocalStart.parse("end", draft.end()).local().isBefore(start.local())) {
			throw new InvalidInputException("end", Reason.of("problem.endBeforeStart"));
		}
		if (draft.summary() != null && draft.summary().length() > 10_000) {
			throw new InvalidInputException("summary", Reason.of("problem.maxLength", "10000"));
		}
		List<Participant> participants = draft.participants() == null ? List.of() : draft.participants();
		Set<Long> places = new HashSet<>();
		for (int i = 0; i < participants.size(); i++) {
			Long place = resolve(participants.get(i), "participants[" + i + "]").place();
			if (place != null) {
				places.add(place);
			}
		}
		return places;
	}

	Saved insert(ExchangeDraft draft, boolean demo) {
		Set<Long> places = validate(draft);
		long id = jdbc
			.sql("""
					insert into exchange.exchange (code, kind, title, start_local, start_precision, end_local, time_zone,
					  starts_at, ends_at, summary, outcomes, public, demo)
					values (:code, :kind, cast(:title as jsonb), :start, :precision, :end, :zone, :startsAt, :endsAt, :summary,
					  :outcomes, :public, :demo) returning id
					""")
			.params(columns(draft))
			.param("demo", demo)
			.query(Long.class)
			.single();
		insertParticipants(id, draft);
		events.publishEvent(
				new PartnerActivityChanged(id, places, LocalStart.parse("start", draft.start()).local().toLocalDate()));
		return new Saved(id, places);
	}

	Saved update(long id, ExchangeDraft draft) {
		Set<Long> places = validate(draft);
		jdbc.sql(
				"""
						update exchange.exchange set code = :code, kind = :kind, title = cast(:title as jsonb), start_local = :start,
						  start_precision = :precision, end_local = :end, time_zone = :zone, starts_at = :startsAt, ends_at = :endsAt,
						  summary = :summary, outcomes = :outcomes, public = :public, archived = false, updated_at = now()
						where id = :id
						""")
			.params(columns(draft))
			.param("id", id)
			.update();
		jdbc.sql("delete from exchange.participant where exchange_id = :id").param("id", id).update();
		insertParticipants(id, draft);
		events.publishEvent(
				new PartnerActivityChanged(id, places, LocalStart.parse("start", draft.start()).local().toLocalDate()));
		return new Saved(id, places);
	}

	void archive(long id) {
		jdbc.sql("update exchange.exchange set archived = true, updated_at = now() where id = :id")
			.param("id", id)
			.update();
		events.publishEvent(new PartnerActivityChanged(id, Set.of(), java.time.LocalDate.now()));
	}

	private Map<String, Object> columns(ExchangeDraft draft) {
		LocalStart start = LocalStart.parse("start", draft.start());
		ZoneId zone = LocalStart.zone("timeZone", draft.timeZone());
		LocalStart end = draft.end() == null || draft.end().isBlank() ? null : LocalStart.parse("end", draft.end());
		Map<String, Object> columns = new java.util.HashMap<>();
		columns.put("code", draft.code());
		columns.put("kind", draft.kind().name());
		columns.put("title", json.writeValueAsString(draft.title()));
		columns.put("start", start.local());
		columns.put("precision", start.precision());
		columns.put("end", end == null ? null : end.local());
		columns.put("zone", zone.getId());
		columns.put("startsAt", start.local().atZone(zone).toOffsetDateTime());
		columns.put("endsAt", end == null ? null : end.local().atZone(zone).toOffsetDateTime());
		columns.put("summary", draft.summary());
		columns.put("outcomes", draft.outcomes());
		columns.put("public", draft.isPublic() == null || draft.isPublic());
		return columns;
	}

	private record Resolved(Long place, Long organization, Long contact, String country, Long participantId) {
	}

	private void insertParticipants(long exchangeId, ExchangeDraft draft) {
		List<Participant> participants = draft.participants() == null ? List.of() : draft.participants();
		for (int i = 0; i < participants.size(); i++) {
			Participant participant = participants.get(i);
			String at = "participants[" + i + "]";
			Resolved resolved = resolve(participant, at);
			jdbc.sql(
					"""
							insert into exchange.participant (exchange_id, role, place_id, organization_id, contact_id, country_code,
							  description) values (:exchange, :role, :place, :organization, :contact, :country, :description)
							""")
				.param("exchange", exchangeId)
				.param("role",
						(participant.role() == null ? ExchangeDraft.Role.PARTICIPANT : participant.role()).name())
				.param("place", participant.place() == null ? null : resolved.participantId())
				.param("organization", participant.organization() == null ? null : resolved.participantId())
				.param("contact", participant.contact() == null ? null : resolved.participantId())
				.param("country", resolved.country())
				.param("description", participant.description())
				.update();
		}
	}

	/** The participant's own id, and the place it belongs to. */
	private Resolved resolve(Participant p, String at) {
		if (p == null) {
			throw new InvalidInputException(at, Reason.of("problem.required"));
		}
		int given = (p.place() != null ? 1 : 0) + (p.organization() != null ? 1 : 0) + (p.contact() != null ? 1 : 0)
				+ (p.country() != null ? 1 : 0);
		if (given != 1) {
			throw new InvalidInputException(at, Reason.of("problem.exactlyOneParticipant"));
		}
		if (p.place() != null) {
			var place = network.place(p.place(), "en")
				.orElseThrow(
						() -> new InvalidInputException(at + ".place", Reason.of("problem.unknownPlace", p.place())));
			return new Resolved(place.id(), null, null, null, place.id());
		}
		if (p.organization() != null) {
			var organization = network.organization(p.organization(), "en")
				.orElseThrow(() -> new InvalidInputException(at + ".organization",
						Reason.of("problem.unknownOrganization", p.organization())));
			return new Resolved(organization.placeId(), organization.id(), null, null, organization.id());
		}
		if (p.contact() != null) {
			var contact = network.contact(p.contact(), "en")
				.orElseThrow(() -> new InvalidInputException(at + ".contact",
						Reason.of("problem.unknownContact", p.contact())));
			return new Resolved(contact.placeId(), null, contact.id(), null, contact.id());
		}
		CountryCode.of(at + ".country", p.country());
		return new Resolved(null, null, null, p.country(), null);
	}

}

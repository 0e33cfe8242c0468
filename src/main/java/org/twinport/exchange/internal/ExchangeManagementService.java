package org.twinport.exchange.internal;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.exchange.ExchangeDraft;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.ExchangeQuery;
import org.twinport.exchange.ExchangeView;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.AuditTrail.Action;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.PageResult;

/**
 * The rules for exchanges: who may read, write and archive which, over
 * {@link ExchangeReader} and {@link ExchangeWriter}. Audited.
 */
@Service
class ExchangeManagementService implements ExchangeManagement {

	private final JdbcClient jdbc;

	private final ExchangeReader reader;

	private final ExchangeWriter writer;

	private final AuditTrail audit;

	ExchangeManagementService(JdbcClient jdbc, ExchangeReader reader, ExchangeWriter writer, AuditTrail audit) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.writer = writer;
		this.audit = audit;
	}

	@Override
	public PageResult<ExchangeView> exchanges(ExchangeQuery query, TwinportUser user, String lang, int page, int size) {
		return reader.page(query, user, lang, page, size);
	}

	@Override
	public ExchangeView exchange(long id, TwinportUser user, String lang) {
		return reader.byIds(List.of(id), user, lang, user != null && user.is(Role.ADMIN))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Reason.of("exchange.problem.noExchange", String.valueOf(id))));
	}

	@Override
	public List<ExchangeView> upcoming(TwinportUser user, String lang, int limit) {
		return reader.upcoming(user, lang, limit);
	}

	@Override
	@Transactional
	public ExchangeView create(ExchangeDraft draft, TwinportUser actor, String lang) {
		mayWrite(actor, writer.validate(draft));
		long id = writer.insert(draft, false).id();
		ExchangeView created = exchange(id, actor, lang);
		audit.record(actor.getUsername(), "exchange", id, Action.CREATED, null, created);
		return created;
	}

	@Override
	@Transactional
	public ExchangeView update(long id, ExchangeDraft draft, TwinportUser actor, String lang) {
		ExchangeView before = writable(id, actor);
		mayWrite(actor, writer.validate(draft));
		writer.update(id, draft);
		ExchangeView after = exchange(id, actor, lang);
		audit.record(actor.getUsername(), "exchange", id, Action.UPDATED, before, after);
		return after;
	}

	@Override
	@Transactional
	public void archive(long id, TwinportUser actor) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Staff only");
		}
		ExchangeView before = writable(id, actor);
		writer.archive(id);
		audit.record(actor.getUsername(), "exchange", id, Action.ARCHIVED, before, null);
	}

	/**
	 * The exchange as it is now, if the actor may change it: staff always, an office when
	 * its place takes part.
	 */
	private ExchangeView writable(long id, TwinportUser actor) {
		boolean allowed = actor.is(Role.ADMIN) || jdbc.sql("""
				select count(*) from exchange.participant where exchange_id = :id and place_id = :place
				""")
			.param("id", id)
			.param("place", actor.partnerPlaceId() == null ? -1L : actor.partnerPlaceId())
			.query(Long.class)
			.single() > 0;
		boolean live = jdbc.sql("select count(*) from exchange.exchange where id = :id and not archived")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
		if (!allowed || !live) {
			throw new NotFoundException(Reason.of("exchange.problem.noExchangeToChange", String.valueOf(id)));
		}
		return exchange(id, actor, "en");
	}

	private static void mayWrite(TwinportUser actor, Set<Long> places) {
		if (actor.is(Role.ADMIN)) {
			return;
		}
		if (!actor.is(Role.PARTNER_OFFICE) || !places.contains(actor.partnerPlaceId())) {
			throw new InvalidInputException("participants", Reason.of("problem.includeOwnPlace"));
		}
	}

}

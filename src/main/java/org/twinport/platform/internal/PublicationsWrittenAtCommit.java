package org.twinport.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The publications created in one transaction, written together just before it commits:
 * one statement for all the events a transaction publishes (a checkout batch publishes
 * one per order) instead of one each. They are in the outbox when the transaction
 * commits, as with Spring Modulith's own insert, and gone with it when it rolls back. The
 * row is the one Spring Modulith writes: status PUBLISHED, one completion attempt, last
 * resubmission at the publication date.
 */
final class PublicationsWrittenAtCommit implements TransactionSynchronization {

	private final JdbcClient jdbc;

	private final EventSerializer serializer;

	private final List<TargetEventPublication> publications = new ArrayList<>();

	private PublicationsWrittenAtCommit(JdbcClient jdbc, EventSerializer serializer) {
		this.jdbc = jdbc;
		this.serializer = serializer;
	}

	/**
	 * Adds the publication to those of the current transaction.
	 * @return false when no transaction is synchronized, which leaves the writing to the
	 * caller
	 */
	static boolean add(TargetEventPublication publication, JdbcClient jdbc, EventSerializer serializer) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return false;
		}
		var pending = (PublicationsWrittenAtCommit) TransactionSynchronizationManager
			.getResource(PublicationsWrittenAtCommit.class);
		if (pending == null) {
			pending = new PublicationsWrittenAtCommit(jdbc, serializer);
			TransactionSynchronizationManager.bindResource(PublicationsWrittenAtCommit.class, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.publications.add(publication);
		return true;
	}

	@Override
	public void flush() {
		write();
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		write();
	}

	@Override
	public void afterCompletion(int status) {
		TransactionSynchronizationManager.unbindResourceIfPossible(PublicationsWrittenAtCommit.class);
	}

	private void write() {
		if (publications.isEmpty()) {
			return;
		}
		int n = publications.size();
		String[] ids = new String[n];
		String[] types = new String[n];
		String[] listeners = new String[n];
		String[] dates = new String[n];
		String[] events = new String[n];
		String[] statuses = new String[n];
		for (int i = 0; i < n; i++) {
			TargetEventPublication publication = publications.get(i);
			ids[i] = publication.getIdentifier().toString();
			types[i] = publication.getEvent().getClass().getName();
			listeners[i] = publication.getTargetIdentifier().getValue();
			dates[i] = publication.getPublicationDate().toString();
			events[i] = serializer.serialize(publication.getEvent()).toString();
			statuses[i] = publication.getStatus().name();
		}
		jdbc.sql("""
				insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
				  completion_attempts, last_resubmission_date)
				select u.id, u.type, u.listener, u.published, u.event, u.status, 1, u.published
				from unnest(cast(:ids as uuid[]), cast(:types as text[]), cast(:listeners as text[]),
				  cast(:dates as timestamptz[]), cast(:events as text[]), cast(:statuses as text[]))
				  as u(id, type, listener, published, event, status)""")
			.param("ids", ids)
			.param("types", types)
			.param("listeners", listeners)
			.param("dates", dates)
			.param("events", events)
			.param("statuses", statuses)
			.update();
		publications.clear();
	}

}

package org.twinport.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's publication repository, written in batches: the publications a
 * transaction creates in one statement when it commits
 * ({@link PublicationsWrittenAtCommit}), and the two marks it writes for every delivered
 * event (processing, then completed, each in a transaction of its own) handed to the
 * {@link PublicationMarkWriter}. Everything else goes to Spring Modulith's repository,
 * after the marks handed over so far are written, so that no read sees a delivered
 * publication as still to deliver.
 */
final class BatchedPublications implements EventPublicationRepository {

	private final EventPublicationRepository delegate;

	private final PublicationMarkWriter marks;

	private final JdbcClient jdbc;

	private final EventSerializer serializer;

	BatchedPublications(EventPublicationRepository delegate, PublicationMarkWriter marks, JdbcClient jdbc,
			EventSerializer serializer) {
		this.delegate = delegate;
		this.marks = marks;
		this.jdbc = jdbc;
		this.serializer = serializer;
	}

	/**
	 * Inside a transaction, written with the others of that transaction when it commits.
	 */
	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		if (PublicationsWrittenAtCommit.add(publication, this.jdbc, this.serializer)) {
			return publication;
		}
		return this.delegate.create(publication);
	}

	@Override
	public void markProcessing(UUID identifier) {
		this.marks.processing(identifier);
	}

	@Override
	public void markCompleted(TargetEventPublication publication, Instant completionDate) {
		publication.markCompleted(completionDate);
		this.marks.completed(publication.getIdentifier(), completionDate);
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		this.marks.completed(identifier, completionDate);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		this.marks.flush();
		this.delegate.markCompleted(event, identifier, completionDate);
	}

	@Override
	public void markFailed(UUID identifier) {
		this.marks.flush();
		this.delegate.markFailed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		this.marks.flush();
		return this.delegate.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		this.marks.flush();
		return this.delegate.findIncompletePublications();
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		this.marks.flush();
		return this.delegate.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		this.marks.flush();
		return this.delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		this.marks.flush();
		return this.delegate.findCompletedPublications();
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		this.marks.flush();
		return this.delegate.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
		this.marks.flush();
		return this.delegate.findByStatus(status);
	}

	@Override
	public int countByStatus(EventPublication.Status status) {
		this.marks.flush();
		return this.delegate.countByStatus(status);
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		this.marks.flush();
		this.delegate.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		this.marks.flush();
		this.delegate.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		this.marks.flush();
		this.delegate.deleteCompletedPublicationsBefore(instant);
	}

}

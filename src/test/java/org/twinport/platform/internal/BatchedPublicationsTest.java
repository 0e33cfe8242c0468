package org.twinport.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.twinport.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The processing and completed marks of delivered publications are written in batches, in
 * the background; a read of the outbox never sees a publication as still to deliver once
 * its completion was handed over, and a late processing mark never undoes a completion.
 */
class BatchedPublicationsTest extends IntegrationTest {

	private static final String LISTENER = "batched.marks.test.listener";

	@Autowired
	EventPublicationRepository repository;

	@Autowired
	PublicationMarkWriter writer;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void removeTestPublications() {
		jdbc.sql("delete from event_publication where listener_id = :l").param("l", LISTENER).update();
	}

	@Test
	void modulithsRepositoryIsWrappedAndStillTransactional() {
		assertThat(repository).isInstanceOf(BatchedPublications.class);
		TargetEventPublication created = repository
			.create(TargetEventPublication.of(new MarkTestEvent("created"), PublicationTargetIdentifier.of(LISTENER)));
		assertThat(status(created.getIdentifier())).isEqualTo("PUBLISHED");
	}

	@Test
	void publicationsCreatedInATransactionAreWrittenTogetherWhenItCommitsAndNotAtAllWhenItRollsBack() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<UUID> committed = transaction.execute(status -> {
			List<UUID> ids = List.of("one", "two", "three")
				.stream()
				.map(name -> repository
					.create(TargetEventPublication.of(new MarkTestEvent(name),
							PublicationTargetIdentifier.of(LISTENER)))
					.getIdentifier())
				.toList();
			assertThat(ids).allMatch(id -> status(id) == null);
			return ids;
		});
		assertThat(committed).allMatch(id -> "PUBLISHED".equals(status(id)));
		assertThat(jdbc.sql("""
				select count(*) from event_publication
				where listener_id = :l and completion_attempts = 1 and last_resubmission_date = publication_date
				  and event_type = :type and serialized_event like '{"name":%'""")
			.param("l", LISTENER)
			.param("type", MarkTestEvent.class.getName())
			.query(Integer.class)
			.single()).isEqualTo(3);

		UUID rolledBack = transaction.execute(status -> {
			status.setRollbackOnly();
			return repository
				.create(TargetEventPublication.of(new MarkTestEvent("gone"), PublicationTargetIdentifier.of(LISTENER)))
				.getIdentifier();
		});
		assertThat(status(rolledBack)).isNull();
	}

	@Test
	void marksHandedOverAreWrittenBeforeAnyReadOfTheOutbox() {
		UUID delivered = publication("delivered");
		UUID inProgress = publication("in progress");
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);

		repository.markProcessing(delivered);
		repository.markCompleted(delivered, at);
		repository.markProcessing(inProgress);
		List<UUID> incomplete = repository.findIncompletePublications()
			.stream()
			.map(TargetEventPublication::getIdentifier)
			.toList();

		assertThat(incomplete).contains(inProgress).doesNotContain(delivered);
		assertThat(status(delivered)).isEqualTo("COMPLETED");
		assertThat(completion(delivered)).isEqualTo(at);
		assertThat(status(inProgress)).isEqualTo("PROCESSING");
		assertThat(completion(inProgress)).isNull();
	}

	@Test
	void aLateProcessingMarkDoesNotUndoACompletion() {
		UUID publication = publication("late");
		repository.markCompleted(publication, Instant.now());
		writer.flush();
		repository.markProcessing(publication);
		writer.flush();

		assertThat(status(publication)).isEqualTo("COMPLETED");
		assertThat(completion(publication)).isNotNull();
	}

	@Test
	void theBackgroundWriterWritesWithoutBeingAsked() {
		UUID publication = publication("background");
		repository.markCompleted(publication, Instant.now());

		await().atMost(Duration.ofSeconds(5)).until(() -> "COMPLETED".equals(status(publication)));
	}

	@Test
	void onceStoppedAWriterWritesEachMarkAtOnce() throws InterruptedException {
		PublicationMarkWriter stopped = new PublicationMarkWriter(jdbc);
		stopped.destroy();
		UUID publication = publication("after stop");

		stopped.completed(publication, Instant.now());

		assertThat(status(publication)).isEqualTo("COMPLETED");
	}

	private UUID publication(String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts)
				values (:id, :listener, :type, :event, :published, 'PUBLISHED', 1)""")
			.param("id", id)
			.param("listener", LISTENER)
			.param("type", MarkTestEvent.class.getName())
			.param("event", "{\"name\":\"" + name + "\"}")
			.param("published", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return id;
	}

	private String status(UUID id) {
		return jdbc.sql("select status from event_publication where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private Instant completion(UUID id) {
		OffsetDateTime completed = jdbc.sql("select completion_date from event_publication where id = :id")
			.param("id", id)
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		return completed == null ? null : completed.toInstant();
	}

	record MarkTestEvent(String name) {
	}

}

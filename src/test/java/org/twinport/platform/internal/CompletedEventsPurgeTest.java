package org.twinport.platform.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.twinport.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completed publications past the retention (7 days by default) leave the outbox; recent
 * ones and any not yet delivered, however old, stay.
 */
class CompletedEventsPurgeTest extends IntegrationTest {

	@Autowired
	CompletedEventsPurge purge;

	@Test
	void onlyCompletedPublicationsPastTheRetentionAreDeleted() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID old = publication(now.minusDays(30), now.minusDays(8));
		UUID recent = publication(now.minusDays(30), now.minusHours(1));
		UUID undelivered = publication(now.minusDays(30), null);

		purge.purge();

		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(undelivered)).isTrue();
		jdbc.sql("delete from event_publication where id in (:ids)")
			.param("ids", java.util.List.of(recent, undelivered))
			.update();
	}

	private UUID publication(OffsetDateTime published, OffsetDateTime completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts)
				values (:id, 'purge.test.listener', 'org.twinport.PurgeTestEvent', :event, :published, :completed,
				  :status, 1)""")
			.param("id", id)
			.param("event", "{\"test\":\"" + id + "\"}")
			.param("published", published)
			.param("completed", completed)
			.param("status", completed == null ? "PUBLISHED" : "COMPLETED")
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return jdbc.sql("select count(*) from event_publication where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

}

package org.twinport.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinport.platform.GroupCommit;

/**
 * Writes the processing and completed marks of event publications in batches, with the
 * {@link GroupCommit}: one statement, outside any transaction, for every mark that arrived
 * while the previous statement ran. Under load that is one commit for dozens of delivered
 * events instead of two for each; when idle a mark is written after a short linger (so a
 * publication's processing and completed marks usually become one row written once).
 * <p>
 * A mark still queued when the process dies is lost, which leaves its publication
 * incomplete: it is delivered again after the restart, exactly as when a listener's
 * transaction commits and the process dies before Spring Modulith's own completion
 * transaction. Listeners are idempotent for that reason. A batch that fails is logged
 * and its marks are lost the same way (one statement for all of them fails only as
 * a whole, so nothing is gained by trying them one by one).
 */
final class PublicationMarkWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PublicationMarkWriter.class);

	private static final int MAX_BATCH = 1000;

	private static final Duration LINGER = Duration.ofMillis(5);

	private final JdbcClient jdbc;

	private final GroupCommit<Mark, Boolean> marks;

	PublicationMarkWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.marks = GroupCommit.named("publication-marks")
			.maxBatch(MAX_BATCH)
			.linger(LINGER)
			.start(this::write);
	}

	void processing(UUID publication) {
		add(new Mark(publication, null));
	}

	void completed(UUID publication, Instant at) {
		add(new Mark(publication, at));
	}

	/** Returns once every mark handed over before the call is in the database. */
	void flush() {
		this.marks.flush();
	}

	@Override
	public void destroy() {
		this.marks.close();
	}

	private void add(Mark mark) {
		try {
			this.marks.submitAndForget(mark);
		}
		catch (IllegalStateException stopped) {
			// Nobody else will write it.
			write(List.of(mark));
		}
	}

	private List<Boolean> write(List<Mark> marks) {
		try {
			update(marks);
			return Collections.nCopies(marks.size(), Boolean.TRUE);
		}
		catch (RuntimeException ex) {
			log.warn("Could not write {} event publication marks (the publications stay incomplete and are "
					+ "delivered again after a restart): {}", marks.size(), ex.toString());
			return Collections.nCopies(marks.size(), Boolean.FALSE);
		}
	}

	private void update(List<Mark> marks) {
		// A later mark of the same publication replaces an earlier one (completed after
		// processing); the statement must not see one row twice.
		Map<UUID, Mark> latest = new LinkedHashMap<>();
		for (Mark mark : marks) {
			latest.put(mark.publication(), mark);
		}
		String[] ids = new String[latest.size()];
		String[] completedAt = new String[latest.size()];
		int i = 0;
		for (Mark mark : latest.values()) {
			ids[i] = mark.publication().toString();
			completedAt[i] = (mark.completedAt() != null) ? mark.completedAt().toString() : null;
			i++;
		}
		this.jdbc.sql("""
				update event_publication p
				set status = case when m.completed_at is null then 'PROCESSING' else 'COMPLETED' end,
				  completion_date = m.completed_at
				from unnest(cast(:ids as uuid[]), cast(:completedAt as timestamptz[])) as m(id, completed_at)
				where p.id = m.id and p.completion_date is null""")
			.param("ids", ids)
			.param("completedAt", completedAt)
			.update();
	}

	private record Mark(UUID publication, @Nullable Instant completedAt) {
	}

}

package org.twinport.platform.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the processing and completed marks of event publications in batches: one
 * statement, outside any transaction, for every mark that arrived while the previous
 * statement ran. Under load that is one commit for dozens of delivered events instead of
 * two for each; when idle a mark is written at once.
 * <p>
 * A mark still queued when the process dies is lost, which leaves its publication
 * incomplete: it is delivered again after the restart, exactly as when a listener's
 * transaction commits and the process dies before Spring Modulith's own completion
 * transaction. Listeners are idempotent for that reason.
 */
final class PublicationMarkWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PublicationMarkWriter.class);

	private static final int MAX_BATCH = 1000;

	private static final long LINGER_MILLIS = 5;

	private final JdbcClient jdbc;

	private final ReentrantLock pendingLock = new ReentrantLock();

	private final Condition marked = this.pendingLock.newCondition();

	/**
	 * Held from taking a batch until it is written, so that {@link #flush()} waits for
	 * it.
	 */
	private final ReentrantLock writeLock = new ReentrantLock();

	private List<Mark> pending = new ArrayList<>();

	private volatile boolean running = true;

	private final Thread thread;

	PublicationMarkWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.thread = Thread.ofPlatform().daemon().name("publication-marks").start(this::run);
	}

	void processing(UUID publication) {
		add(new Mark(publication, null));
	}

	void completed(UUID publication, Instant at) {
		add(new Mark(publication, at));
	}

	/** Returns once every mark handed over before the call is in the database. */
	void flush() {
		this.writeLock.lock();
		try {
			write(takePending());
		}
		finally {
			this.writeLock.unlock();
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.running = false;
		this.pendingLock.lock();
		try {
			this.marked.signalAll();
		}
		finally {
			this.pendingLock.unlock();
		}
		this.thread.join(10_000);
		flush();
	}

	private void add(Mark mark) {
		this.pendingLock.lock();
		try {
			this.pending.add(mark);
			this.marked.signal();
		}
		finally {
			this.pendingLock.unlock();
		}
		if (!this.running) {
			// Stopped: nobody else will write it.
			flush();
		}
	}

	private void run() {
		while (this.running) {
			try {
				awaitMarks();
				// Lets the marks of the events delivered together join: a publication's
				// processing and completed marks then become one row written once.
				Thread.sleep(LINGER_MILLIS);
				flush();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not write event publication marks (the publications stay incomplete and are "
						+ "delivered again after a restart): {}", ex.toString());
			}
		}
	}

	private void awaitMarks() throws InterruptedException {
		this.pendingLock.lock();
		try {
			while (this.pending.isEmpty() && this.running) {
				this.marked.await();
			}
		}
		finally {
			this.pendingLock.unlock();
		}
	}

	private List<Mark> takePending() {
		this.pendingLock.lock();
		try {
			List<Mark> taken = this.pending;
			this.pending = new ArrayList<>();
			return taken;
		}
		finally {
			this.pendingLock.unlock();
		}
	}

	private void write(List<Mark> marks) {
		for (int from = 0; from < marks.size(); from += MAX_BATCH) {
			writeBatch(marks.subList(from, Math.min(marks.size(), from + MAX_BATCH)));
		}
	}

	private void writeBatch(List<Mark> marks) {
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

	private record Mark(UUID publication, Instant completedAt) {
	}

}

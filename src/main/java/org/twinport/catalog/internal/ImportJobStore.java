package org.twinport.catalog.internal;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.ImportJob;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;
import org.twinport.shared.web.Refusals;

/**
 * Import jobs in {@code catalog.import_job}: the node running a job writes its progress
 * and rejected lines at least every second, so any node can answer for it and it survives
 * a restart. A job still RUNNING whose node has gone silent for longer than
 * {@link #SILENCE} is reported as FAILED, interrupted, in the words of whoever reads it.
 */
@Component
class ImportJobStore implements DisposableBean {

	/** What a running import exposes to be written down. */
	interface Tracked {

		ImportJob snapshot();

		/** The rejected lines (line, handle, reason) since the last call. */
		List<List<String>> drainErrors();

	}

	static final Duration SILENCE = Duration.ofSeconds(60);

	private static final String SELECT = """
			select id, merchant_id, case when state = 'RUNNING' and heartbeat_at < now() - cast(:silence as interval)
			  then 'FAILED' else state end, total_rows, processed_rows, products_saved, rows_rejected,
			  message, state = 'RUNNING' and heartbeat_at < now() - cast(:silence as interval)
			from catalog.import_job""";

	private static final Logger log = LoggerFactory.getLogger(ImportJobStore.class);

	private static final Reason INTERRUPTED = Reason.of("import.interrupted");

	private final JdbcClient jdbc;

	private final Refusals refusals;

	private final Set<Tracked> running = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "catalog-import-progress");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobStore(JdbcClient jdbc, Refusals refusals) {
		this.jdbc = jdbc;
		this.refusals = refusals;
		ticker.scheduleWithFixedDelay(this::flushAll, 500, 500, TimeUnit.MILLISECONDS);
	}

	/** Writes the new job and keeps writing its progress until it ends. */
	void track(Tracked job) {
		ImportJob view = job.snapshot();
		jdbc.sql("""
				insert into catalog.import_job (id, merchant_id, state, total_rows) values (:id, :m, :state, :total)""")
			.param("id", UUID.fromString(view.id()))
			.param("m", view.merchantId() > 0 ? view.merchantId() : null)
			.param("state", view.state())
			.param("total", view.totalRows())
			.update();
		running.add(job);
	}

	/** Writes the job's progress now; once it has ended, stops tracking it. */
	synchronized void flush(Tracked job) {
		List<List<String>> errors = job.drainErrors();
		ImportJob view = job.snapshot();
		UUID id = UUID.fromString(view.id());
		if (!errors.isEmpty()) {
			int next = jdbc.sql("select coalesce(max(seq), 0) from catalog.import_error where job_id = :id")
				.param("id", id)
				.query(Integer.class)
				.single();
			for (List<String> error : errors) {
				jdbc.sql("""
						insert into catalog.import_error (job_id, seq, line, handle, reason)
						values (:id, :seq, :line, :handle, :reason)""")
					.param("id", id)
					.param("seq", ++next)
					.param("line", Integer.parseInt(error.get(0)))
					.param("handle", error.get(1))
					.param("reason", error.get(2))
					.update();
			}
		}
		jdbc.sql("""
				update catalog.import_job set state = :state, total_rows = :total, processed_rows = :processed,
				  products_saved = :saved, rows_rejected = :rejected, message = :message, heartbeat_at = now()
				where id = :id""")
			.param("state", view.state())
			.param("total", view.totalRows())
			.param("processed", view.processedRows())
			.param("saved", view.productsSaved())
			.param("rejected", view.rowsRejected())
			.param("message", view.message() == null ? "" : view.message())
			.param("id", id)
			.update();
		if (!"RUNNING".equals(view.state())) {
			running.remove(job);
		}
	}

	/**
	 * @param scope the caller's merchant, or null for ADMIN; another merchant's job is
	 * not found
	 */
	ImportJob job(@Nullable Long scope, String id) {
		return jdbc.sql(SELECT + " where id = :id and (cast(:scope as bigint) is null or merchant_id = :scope)")
			.param("silence", SILENCE.toSeconds() + " seconds")
			.param("id", uuid(id))
			.param("scope", scope)
			.query(this::row)
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noImport")));
	}

	List<ImportJob> recent(@Nullable Long scope, int limit) {
		return jdbc
			.sql(SELECT + " where cast(:scope as bigint) is null or merchant_id = :scope "
					+ "order by started_at desc, id limit :limit")
			.param("silence", SILENCE.toSeconds() + " seconds")
			.param("scope", scope)
			.param("limit", Math.clamp(limit, 1, 100))
			.query(this::row)
			.list();
	}

	/** The rejected lines as CSV rows: line, handle, reason. */
	List<List<Object>> errors(@Nullable Long scope, String id) {
		ImportJob job = job(scope, id);
		return jdbc.sql("select line, handle, reason from catalog.import_error where job_id = :id order by seq")
			.param("id", UUID.fromString(job.id()))
			.query((rs, row) -> List.<Object>of(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * A job from its row. The other messages were worded when written, for the one who
	 * started the job; an interruption is known only when the job is read, so it is worded
	 * for the reader (the request's language).
	 */
	private ImportJob row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String message = rs.getBoolean(9) ? refusals.say(INTERRUPTED, LocaleContextHolder.getLocale())
				: rs.getString(8);
		return new ImportJob(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
				rs.getInt(7), message);
	}

	private void flushAll() {
		for (Tracked job : running) {
			try {
				flush(job);
			}
			catch (RuntimeException ex) {
				log.warn("Could not write the progress of an import", ex);
			}
		}
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id == null ? "" : id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException(Reason.of("catalog.problem.noImport"));
		}
	}

	/** Writes the last progress of imports still running before the database closes. */
	@Override
	public void destroy() {
		ticker.shutdown();
		flushAll();
	}

}

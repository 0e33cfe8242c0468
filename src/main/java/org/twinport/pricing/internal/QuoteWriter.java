package org.twinport.pricing.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.platform.GroupCommit;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteRequest;

/**
 * The one writer of {@code pricing.quote}. Quotes asked for inside a transaction are
 * stored in it ({@link #storeNow}); quotes asked for outside any (the quote API) are
 * stored in batches, with the
 * {@link GroupCommit}: one multi-row insert and one commit for all quotes that arrived
 * while the previous batch was written, instead of one transaction per quote. A quote
 * waiting here is already visible to {@link #pending(UUID)}, so it can be fetched at once;
 * the queue is bounded (callers wait when it is full) and drained before the application
 * closes the database.
 * <p>
 * A batch that fails is tried {@value #ATTEMPTS} times as a whole, then each of its quotes
 * alone once, so one quote the table refuses costs only itself; a quote that still fails
 * is logged and lost. What is lost on a hard kill is at most the quotes queued, which no
 * order can refer to yet: checkout stores its quotes in its own transaction.
 */
@Component
class QuoteWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(QuoteWriter.class);

	/**
	 * Large enough that one writer keeps up with thousands of quotes a second (one commit
	 * per batch): quotes waiting in the queue stay live, so a backlog costs garbage
	 * collection time as well as memory. Parameters are sent one per value, so no single
	 * large buffer is built whatever the batch size.
	 */
	static final int MAX_BATCH = 500;

	static final int ATTEMPTS = 3;

	/**
	 * A quote on its way to the table, already written as UTF-8 JSON by the request that
	 * made it: the writer only sends the bytes (no string built and encoded again), and
	 * what waits holds two byte arrays, not the quote's object graph.
	 */
	record Pending(UUID id, @Nullable Long accountId, String destination, String ruleSetVersion, String fxRateSetId,
			byte[] requestJson, byte[] quoteJson, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

	private final GroupCommit<Pending, Boolean> writer;

	QuoteWriter(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.writer = GroupCommit.named("quote-writer")
			.maxBatch(MAX_BATCH)
			.capacity(5_000)
			.attempts(ATTEMPTS, Duration.ofMillis(100))
			.start(this::insert);
	}

	/**
	 * Stores the quote in the caller's transaction, so that it commits or rolls back with
	 * it (a checkout's review).
	 */
	void storeNow(Quote quote, QuoteRequest request, @Nullable Long accountId) {
		insert(List.of(pending(quote, request, accountId)));
	}

	/** Stores quotes written by {@link #row} in the caller's transaction, in one statement. */
	void storeNow(List<Pending> rows) {
		insert(rows);
	}

	/** The quote as its row will be stored, written in the caller's thread. */
	Pending row(Quote quote, QuoteRequest request, @Nullable Long accountId) {
		return pending(quote, request, accountId);
	}

	/** Hands the quote to the batches; it can be fetched meanwhile. */
	void add(Quote quote, QuoteRequest request, @Nullable Long accountId) {
		Pending entry = pending(quote, request, accountId);
		pending.put(quote.id(), entry);
		try {
			writer.submitLater(entry).whenComplete((stored, failure) -> {
				pending.remove(entry.id());
				if (failure != null) {
					log.error("Could not store landed-cost quote {}; it is lost", entry.id(), failure);
				}
			});
		}
		catch (RuntimeException ex) {
			pending.remove(quote.id());
			throw ex;
		}
	}

	private Pending pending(Quote quote, QuoteRequest request, @Nullable Long accountId) {
		return new Pending(quote.id(), accountId, quote.destination(), quote.ruleSetVersion(), quote.fxRateSetId(),
				json.writeValueAsBytes(request), json.writeValueAsBytes(quote),
				OffsetDateTime.ofInstant(quote.createdAt(), ZoneOffset.UTC),
				OffsetDateTime.ofInstant(quote.expiresAt(), ZoneOffset.UTC));
	}

	Optional<Pending> pending(UUID id) {
		return Optional.ofNullable(pending.get(id));
	}

	Quote quoteOf(Pending entry) {
		return json.readValue(entry.quoteJson(), Quote.class);
	}

	/** Waits until every quote queued so far is stored (tests, shutdown). */
	void flush() {
		writer.flush();
	}

	/**
	 * One multi-row insert with a parameter per value, in the caller's transaction if there
	 * is one: each JSON document goes as the
	 * bytes it was written to, where array parameters copied every element again into a
	 * growing buffer.
	 */
	private List<Boolean> insert(List<Pending> batch) {
		StringBuilder sql = new StringBuilder(
				"""
						insert into pricing.quote (id, account_id, destination, rule_set_version, fx_rate_set_id, request, quote,
						  created_at, expires_at) values
						""");
		List<Object> params = new ArrayList<>(batch.size() * 9);
		for (int i = 0; i < batch.size(); i++) {
			Pending entry = batch.get(i);
			sql.append(i == 0 ? "" : ",\n")
				.append("(?, ?, ?, ?, ?, cast(convert_from(?, 'UTF8') as json), cast(convert_from(?, 'UTF8') as json), ?, ?)");
			params.add(entry.id());
			params.add(entry.accountId());
			params.add(entry.destination());
			params.add(entry.ruleSetVersion());
			params.add(entry.fxRateSetId());
			params.add(entry.requestJson());
			params.add(entry.quoteJson());
			params.add(entry.createdAt());
			params.add(entry.expiresAt());
		}
		sql.append("\non conflict (id) do nothing");
		jdbc.sql(sql.toString()).params(params).update();
		return Collections.nCopies(batch.size(), Boolean.TRUE);
	}

	@Override
	public void destroy() {
		writer.close(Duration.ofSeconds(30));
	}

}

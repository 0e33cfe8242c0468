package org.twinport.pricing.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteRequest;

/**
 * Stores quotes asked for outside any transaction (the quote API) in batches: one
 * multi-row insert and one commit for all quotes that arrived while the previous batch
 * was written, instead of one transaction per quote. A quote waiting here is already
 * visible to {@link #pending(UUID)}, so it can be fetched at once; the queue is bounded
 * (callers wait when it is full) and drained before the application closes the database.
 * What is lost on a hard kill is at most the last batch of quotes, which no order can
 * refer to yet: checkout stores its quotes in its own transaction.
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

	/**
	 * A quote on its way to the table, already written as UTF-8 JSON by the request that
	 * made it: the writer only sends the bytes (no string built and encoded again), and
	 * what waits holds two byte arrays, not the quote's object graph.
	 */
	record Pending(UUID id, Long accountId, String destination, String ruleSetVersion, String fxRateSetId,
			byte[] requestJson, byte[] quoteJson, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(5_000);

	private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

	private final Thread writer;

	private volatile boolean running = true;

	QuoteWriter(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.writer = Thread.ofPlatform().name("quote-writer").daemon(true).start(this::run);
	}

	void add(Quote quote, QuoteRequest request, Long accountId) {
		Pending entry = new Pending(quote.id(), accountId, quote.destination(), quote.ruleSetVersion(),
				quote.fxRateSetId(), json.writeValueAsBytes(request), json.writeValueAsBytes(quote),
				OffsetDateTime.ofInstant(quote.createdAt(), ZoneOffset.UTC),
				OffsetDateTime.ofInstant(quote.expiresAt(), ZoneOffset.UTC));
		pending.put(quote.id(), entry);
		try {
			queue.put(entry);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			pending.remove(quote.id());
			throw new IllegalStateException("Interrupted while queueing a quote for storage", ex);
		}
	}

	Optional<Pending> pending(UUID id) {
		return Optional.ofNullable(pending.get(id));
	}

	Quote quoteOf(Pending entry) {
		return json.readValue(entry.quoteJson(), Quote.class);
	}

	/** Waits until every quote queued so far is stored (tests, shutdown). */
	void flush() {
		while (!pending.isEmpty() && writer.isAlive()) {
			Thread.onSpinWait();
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void run() {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				write(batch);
			}
			catch (InterruptedException ex) {
				running = false;
			}
			finally {
				batch.forEach(entry -> pending.remove(entry.id()));
				batch.clear();
			}
		}
	}

	private void write(List<Pending> batch) {
		for (int attempt = 1;; attempt++) {
			try {
				insert(batch);
				return;
			}
			catch (RuntimeException ex) {
				if (attempt == 3) {
					log.error("Could not store {} landed-cost quotes; they are lost", batch.size(), ex);
					return;
				}
				log.warn("Storing {} landed-cost quotes failed, retrying: {}", batch.size(), ex.toString());
				try {
					Thread.sleep(100L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/**
	 * One multi-row insert with a parameter per value: each JSON document goes as the
	 * bytes it was written to, where array parameters copied every element again into a
	 * growing buffer.
	 */
	private void insert(List<Pending> batch) {
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
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		writer.join(TimeUnit.SECONDS.toMillis(30));
	}

}

package org.twinport.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs concurrent requests of one kind together: each worker takes every request that
 * arrived while it was busy (up to {@code maxBatch}) and hands them to the handler at
 * once, typically one transaction with set-based statements for all of them. Under load
 * that is one round of statements and one commit for dozens of requests; when idle a
 * request runs alone at once.
 * <p>
 * A batch succeeds as a whole or not at all: when the handler throws for a batch of
 * several, each of its requests runs again alone, in arrival order, so one request's
 * failure (a stale cart, the last units taken) is answered to that request only and the
 * others are served as if they had come one by one.
 *
 * @param <R> a request
 * @param <T> its answer
 */
public final class GroupCommit<R, T> implements AutoCloseable {

	private record Pending<R, T>(R request, CompletableFuture<T> answer) {
	}

	private final BlockingQueue<Pending<R, T>> queue = new LinkedBlockingQueue<>();

	private final Function<List<R>, List<T>> handler;

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final String name;

	private final int maxBatch;

	private final long lingerNanos;

	private final List<Thread> workers = new ArrayList<>();

	private volatile boolean open = true;

	/**
	 * @param handler answers every request of a batch, in the batch's order, or throws
	 * @param workers how many batches may run at the same time
	 */
	public GroupCommit(String name, int workers, int maxBatch, Function<List<R>, List<T>> handler) {
		this(name, workers, maxBatch, Duration.ZERO, handler);
	}

	/**
	 * @param linger how long a worker waits, once a request is there, for others to join
	 * its batch: for writes whose callers do not wait, or barely, where fewer statements
	 * matter more than the delay
	 */
	public GroupCommit(String name, int workers, int maxBatch, Duration linger, Function<List<R>, List<T>> handler) {
		if (workers < 1 || maxBatch < 1 || linger.isNegative()) {
			throw new IllegalArgumentException("workers and maxBatch must be at least 1, linger not negative");
		}
		this.lingerNanos = linger.toNanos();
		this.name = name;
		this.handler = handler;
		this.maxBatch = maxBatch;
		for (int i = 0; i < workers; i++) {
			this.workers.add(Thread.ofPlatform().daemon().name(name + "-" + i).start(this::work));
		}
	}

	/**
	 * Waits for the request's batch and returns its answer, or throws what the handler
	 * threw for it.
	 */
	public T submit(R request) {
		CompletableFuture<T> answer = enqueue(request);
		try {
			return answer.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Hands the request over without waiting for it, for writes nobody waits for (a
	 * failure is logged).
	 */
	public void submitAndForget(R request) {
		enqueue(request).exceptionally(ex -> {
			log.warn("{} failed: {}", this.name, ex.toString());
			return null;
		});
	}

	private CompletableFuture<T> enqueue(R request) {
		if (!this.open) {
			throw new IllegalStateException("Shutting down: no more requests are taken.");
		}
		CompletableFuture<T> answer = new CompletableFuture<>();
		this.queue.add(new Pending<>(request, answer));
		if (!this.open) {
			failQueued();
		}
		return answer;
	}

	private void work() {
		List<Pending<R, T>> batch = new ArrayList<>(this.maxBatch);
		while (this.open) {
			try {
				Pending<R, T> first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				if (this.lingerNanos > 0) {
					TimeUnit.NANOSECONDS.sleep(this.lingerNanos);
				}
			}
			catch (InterruptedException ex) {
				break;
			}
			this.queue.drainTo(batch, this.maxBatch - 1);
			run(batch);
			batch.clear();
		}
		failQueued();
	}

	private void run(List<Pending<R, T>> batch) {
		try {
			List<T> answers = this.handler.apply(batch.stream().map(Pending::request).toList());
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).answer().complete(answers.get(i));
			}
		}
		catch (RuntimeException | Error ex) {
			if (batch.size() == 1) {
				batch.get(0).answer().completeExceptionally(ex);
				return;
			}
			for (Pending<R, T> alone : batch) {
				run(List.of(alone));
			}
		}
	}

	private void failQueued() {
		Pending<R, T> pending;
		while ((pending = this.queue.poll()) != null) {
			pending.answer().completeExceptionally(new IllegalStateException("Shut down before the request ran."));
		}
	}

	/**
	 * Lets the batches running finish; requests still queued are answered with an error.
	 */
	@Override
	public void close() {
		this.open = false;
		for (Thread worker : this.workers) {
			try {
				worker.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		failQueued();
	}

}

package org.twinport.platform;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twinport's one way to batch writes: runs concurrent requests of one kind together. Each
 * worker takes every request that arrived while it was busy (up to {@code maxBatch}) and
 * hands them to the handler at once, typically one transaction with set-based statements
 * for all of them. Under load that is one round of statements and one commit for dozens
 * of requests; when idle a request runs alone at once (or after the linger).
 * <p>
 * A batch succeeds as a whole or not at all. When the handler throws, the batch is tried
 * again as a whole up to {@link Builder#attempts the attempts} configured (for writes
 * whose failures are transient, such as a database restarting), and then, for a batch of
 * several, each of its requests runs alone once, in arrival order: one request's failure
 * (a stale cart, the last units taken, an account deleted meanwhile) is answered to that
 * request only and the others are served as if they had come one by one. So every
 * request gets at least as many tries as configured.
 * A handler whose requests can only fail together (one statement that only a broken
 * connection stops) catches and answers the failure itself instead.
 * <p>
 * {@link #flush()} writes what is queued in the caller's thread and waits for the batches
 * the workers hold; {@link #close()} runs every request queued before it and takes no
 * more.
 * <p>
 * Longer than 300 lines because the queue, the workers, the retries and the draining on
 * close share one lock and one set of invariants; split, each part would need the others'.
 *
 * @param <R> a request
 * @param <T> its answer
 */
public final class GroupCommit<R, T> implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private record Pending<R, T>(R request, CompletableFuture<T> answer) {
	}

	private final String name;

	private final int maxBatch;

	private final int capacity;

	private final long lingerNanos;

	private final int attempts;

	private final Duration backoff;

	private final Function<List<R>, List<T>> handler;

	private final ArrayDeque<Pending<R, T>> queue = new ArrayDeque<>();

	private final ReentrantLock queueLock = new ReentrantLock();

	private final Condition arrived = this.queueLock.newCondition();

	private final Condition space = this.queueLock.newCondition();

	/**
	 * Workers hold it shared from taking a batch until it is answered, {@link #flush()}
	 * alone: requests leave the queue only under it, so a flush sees every request either
	 * queued or in a batch it waits for.
	 */
	private final ReentrantReadWriteLock taking = new ReentrantReadWriteLock();

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
		this(named(name).workers(workers).maxBatch(maxBatch).linger(linger), handler);
	}

	private GroupCommit(Builder options, Function<List<R>, List<T>> handler) {
		if (options.workers < 1 || options.maxBatch < 1 || options.linger.isNegative() || options.capacity < 1
				|| options.attempts < 1 || options.backoff.isNegative()) {
			throw new IllegalArgumentException(
					"workers, maxBatch, capacity and attempts must be at least 1, linger and backoff not negative");
		}
		this.name = options.name;
		this.maxBatch = options.maxBatch;
		this.capacity = options.capacity;
		this.lingerNanos = options.linger.toNanos();
		this.attempts = options.attempts;
		this.backoff = options.backoff;
		this.handler = handler;
		for (int i = 0; i < options.workers; i++) {
			this.workers.add(Thread.ofPlatform().daemon().name(this.name + "-" + i).start(this::work));
		}
	}

	/** Starts describing a group commit whose threads carry the name. */
	public static Builder named(String name) {
		return new Builder(name);
	}

	/**
	 * Waits for the request's batch and returns its answer, or throws what the handler
	 * threw for it.
	 */
	public T submit(R request) {
		try {
			return enqueue(request).join();
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
		submitLater(request).exceptionally(ex -> {
			log.warn("{} failed: {}", this.name, ex.toString());
			return null;
		});
	}

	/**
	 * Hands the request over and returns its answer to come, completed by the worker that
	 * ran its batch (so what the caller chains to it runs there and should be short).
	 */
	public CompletableFuture<T> submitLater(R request) {
		return enqueue(request);
	}

	/**
	 * Returns once every request handed over before the call is answered: what is still
	 * queued runs in the caller's thread, in batches, after the batches the workers hold.
	 */
	public void flush() {
		this.taking.writeLock().lock();
		try {
			List<Pending<R, T>> batch;
			while (!(batch = take()).isEmpty()) {
				run(batch);
			}
		}
		finally {
			this.taking.writeLock().unlock();
		}
	}

	private CompletableFuture<T> enqueue(R request) {
		Pending<R, T> pending = new Pending<>(request, new CompletableFuture<>());
		this.queueLock.lock();
		try {
			while (this.open && this.queue.size() >= this.capacity) {
				this.space.awaitUninterruptibly();
			}
			if (!this.open) {
				throw new IllegalStateException("Shutting down: no more requests are taken.");
			}
			this.queue.add(pending);
			this.arrived.signal();
		}
		finally {
			this.queueLock.unlock();
		}
		return pending.answer();
	}

	private void work() {
		while (awaitRequests()) {
			try {
				if (this.lingerNanos > 0) {
					TimeUnit.NANOSECONDS.sleep(this.lingerNanos);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			this.taking.readLock().lock();
			try {
				List<Pending<R, T>> batch = take();
				if (!batch.isEmpty()) {
					run(batch);
				}
			}
			finally {
				this.taking.readLock().unlock();
			}
		}
	}

	/** Waits until a request is queued (true) or the group is closed and drained (false). */
	private boolean awaitRequests() {
		this.queueLock.lock();
		try {
			while (this.queue.isEmpty()) {
				if (!this.open) {
					return false;
				}
				this.arrived.await(100, TimeUnit.MILLISECONDS);
			}
			return true;
		}
		catch (InterruptedException ex) {
			return false;
		}
		finally {
			this.queueLock.unlock();
		}
	}

	private List<Pending<R, T>> take() {
		this.queueLock.lock();
		try {
			int size = Math.min(this.maxBatch, this.queue.size());
			List<Pending<R, T>> batch = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				batch.add(this.queue.poll());
			}
			if (size > 0) {
				this.space.signalAll();
			}
			if (!this.queue.isEmpty()) {
				// What is left is for another worker.
				this.arrived.signal();
			}
			return batch;
		}
		finally {
			this.queueLock.unlock();
		}
	}

	private void run(List<Pending<R, T>> batch) {
		List<R> requests = batch.stream().map(Pending::request).toList();
		for (int attempt = 1;; attempt++) {
			try {
				answer(batch, this.handler.apply(requests));
				return;
			}
			catch (RuntimeException | Error ex) {
				if (attempt < this.attempts && pause(attempt, batch.size(), ex)) {
					continue;
				}
				if (batch.size() == 1) {
					batch.forEach(pending -> pending.answer().completeExceptionally(ex));
					return;
				}
				for (Pending<R, T> alone : batch) {
					runAlone(alone);
				}
				return;
			}
		}
	}

	private void runAlone(Pending<R, T> pending) {
		try {
			answer(List.of(pending), this.handler.apply(List.of(pending.request())));
		}
		catch (RuntimeException | Error ex) {
			pending.answer().completeExceptionally(ex);
		}
	}

	private void answer(List<Pending<R, T>> batch, List<T> answers) {
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).answer().complete(answers.get(i));
		}
	}

	/** Waits before the next attempt; false when interrupted (no more attempts then). */
	private boolean pause(int attempt, int size, Throwable failure) {
		log.warn("{}: a batch of {} failed, trying again: {}", this.name, size, failure.toString());
		try {
			Thread.sleep(this.backoff.multipliedBy(attempt));
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Takes no more requests, runs every request already queued and waits (up to the
	 * given time) for the workers to finish; requests the workers did not reach by then
	 * are answered with an error.
	 */
	public void close(Duration wait) {
		this.queueLock.lock();
		try {
			this.open = false;
			this.arrived.signalAll();
			this.space.signalAll();
		}
		finally {
			this.queueLock.unlock();
		}
		long deadline = System.nanoTime() + wait.toNanos();
		for (Thread worker : this.workers) {
			try {
				worker.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		failQueued();
	}

	/** {@link #close(Duration)} waiting up to ten seconds. */
	@Override
	public void close() {
		close(Duration.ofSeconds(10));
	}

	private void failQueued() {
		List<Pending<R, T>> left;
		this.queueLock.lock();
		try {
			left = new ArrayList<>(this.queue);
			this.queue.clear();
		}
		finally {
			this.queueLock.unlock();
		}
		for (Pending<R, T> pending : left) {
			pending.answer().completeExceptionally(new IllegalStateException("Shut down before the request ran."));
		}
	}

	/** How a {@link GroupCommit} batches; every setting has a default but the name. */
	public static final class Builder {

		private final String name;

		private int workers = 1;

		private int maxBatch = 256;

		private int capacity = Integer.MAX_VALUE;

		private Duration linger = Duration.ZERO;

		private int attempts = 1;

		private Duration backoff = Duration.ZERO;

		private Builder(String name) {
			this.name = name;
		}

		/** How many batches may run at the same time (1). */
		public Builder workers(int workers) {
			this.workers = workers;
			return this;
		}

		/** The most requests one batch holds (256). */
		public Builder maxBatch(int maxBatch) {
			this.maxBatch = maxBatch;
			return this;
		}

		/**
		 * How many requests may wait (unbounded): beyond it callers wait for room, which
		 * bounds the memory a backlog holds.
		 */
		public Builder capacity(int capacity) {
			this.capacity = capacity;
			return this;
		}

		/** See {@link GroupCommit#GroupCommit(String, int, int, Duration, Function)} (none). */
		public Builder linger(Duration linger) {
			this.linger = linger;
			return this;
		}

		/**
		 * How often a failed batch is tried as a whole before its requests run alone (1),
		 * waiting {@code backoff} times the attempt number in between.
		 */
		public Builder attempts(int attempts, Duration backoff) {
			this.attempts = attempts;
			this.backoff = backoff;
			return this;
		}

		/** Starts the workers. */
		public <R, T> GroupCommit<R, T> start(Function<List<R>, List<T>> handler) {
			return new GroupCommit<>(this, handler);
		}

	}

}

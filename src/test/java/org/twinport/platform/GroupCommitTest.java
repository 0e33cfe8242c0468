package org.twinport.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GroupCommitTest {

	/** Records every batch it is handed; a request "fail" throws. */
	static final class Handler implements Function<List<String>, List<String>> {

		final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

		final CountDownLatch firstBatchMayEnd = new CountDownLatch(1);

		volatile boolean blockFirst;

		@Override
		public List<String> apply(List<String> batch) {
			batches.add(batch);
			if (blockFirst && batches.size() == 1) {
				try {
					firstBatchMayEnd.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			if (batch.contains("fail")) {
				throw new IllegalStateException("refused: fail");
			}
			return batch.stream().map(String::toUpperCase).toList();
		}

	}

	@Test
	void requestsThatArriveWhileABatchRunsRunTogetherInTheNext() throws Exception {
		Handler handler = new Handler();
		handler.blockFirst = true;
		try (GroupCommit<String, String> group = new GroupCommit<>("test", 1, 64, handler);
				ExecutorService clients = Executors.newFixedThreadPool(6)) {
			Future<String> first = clients.submit(() -> group.submit("a"));
			await().atMost(Duration.ofSeconds(5)).until(() -> handler.batches.size() == 1);
			List<Future<String>> waiting = new ArrayList<>();
			for (String request : List.of("b", "c", "d", "e", "f")) {
				waiting.add(clients.submit(() -> group.submit(request)));
			}
			Thread.sleep(200);
			assertThat(waiting).noneMatch(Future::isDone);
			handler.firstBatchMayEnd.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
			List<String> answers = new ArrayList<>();
			for (Future<String> answer : waiting) {
				answers.add(answer.get(5, TimeUnit.SECONDS));
			}
			assertThat(answers).containsExactly("B", "C", "D", "E", "F");
			assertThat(handler.batches).hasSize(2);
			assertThat(handler.batches.get(1)).containsExactlyInAnyOrder("b", "c", "d", "e", "f");
		}
	}

	@Test
	void whenABatchFailsEachRequestRunsAloneAndOnlyTheFailingOneGetsTheError() throws Exception {
		Handler handler = new Handler();
		handler.blockFirst = true;
		try (GroupCommit<String, String> group = new GroupCommit<>("test", 1, 64, handler);
				ExecutorService clients = Executors.newFixedThreadPool(4)) {
			Future<String> first = clients.submit(() -> group.submit("a"));
			await().atMost(Duration.ofSeconds(5)).until(() -> handler.batches.size() == 1);
			Future<String> before = clients.submit(() -> group.submit("b"));
			Future<String> failing = clients.submit(() -> group.submit("fail"));
			Future<String> after = clients.submit(() -> group.submit("c"));
			Thread.sleep(200);
			handler.firstBatchMayEnd.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
			assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("B");
			assertThat(after.get(5, TimeUnit.SECONDS)).isEqualTo("C");
			assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
				.hasMessageContaining("refused: fail");
			assertThat(handler.batches.get(1)).hasSize(3).contains("fail");
			assertThat(handler.batches.subList(2, handler.batches.size())).as("then each alone")
				.containsExactlyInAnyOrder(List.of("b"), List.of("fail"), List.of("c"));
		}
	}

	@Test
	void theCallerGetsTheHandlersOwnExceptionAndNoMoreRequestsAfterClose() {
		GroupCommit<String, String> group = new GroupCommit<>("test", 2, 8, new Handler());
		assertThat(group.submit("x")).isEqualTo("X");
		assertThatThrownBy(() -> group.submit("fail")).isInstanceOf(IllegalStateException.class)
			.hasMessage("refused: fail");
		group.close();
		assertThatThrownBy(() -> group.submit("y")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Shutting down");
	}

	@Test
	void withALingerRequestsHandedOverWithoutWaitingAreWrittenTogether() {
		Handler handler = new Handler();
		try (GroupCommit<String, String> group = new GroupCommit<>("test", 1, 64, Duration.ofMillis(300), handler)) {
			for (String request : List.of("a", "b", "c", "d", "e")) {
				group.submitAndForget(request);
			}
			await().atMost(Duration.ofSeconds(5)).until(() -> !handler.batches.isEmpty());
			assertThat(handler.batches).containsExactly(List.of("a", "b", "c", "d", "e"));
		}
	}

	@Test
	void aBatchHoldsAtMostMaxBatchRequests() throws Exception {
		Handler handler = new Handler();
		handler.blockFirst = true;
		try (GroupCommit<String, String> group = new GroupCommit<>("test", 1, 3, handler);
				ExecutorService clients = Executors.newFixedThreadPool(8)) {
			Future<String> first = clients.submit(() -> group.submit("a"));
			await().atMost(Duration.ofSeconds(5)).until(() -> handler.batches.size() == 1);
			List<Future<String>> waiting = new ArrayList<>();
			for (String request : List.of("b", "c", "d", "e", "f", "g")) {
				waiting.add(clients.submit(() -> group.submit(request)));
			}
			Thread.sleep(200);
			handler.firstBatchMayEnd.countDown();
			first.get(5, TimeUnit.SECONDS);
			for (Future<String> answer : waiting) {
				answer.get(5, TimeUnit.SECONDS);
			}
			assertThat(handler.batches.subList(1, handler.batches.size())).allMatch(batch -> batch.size() <= 3)
				.hasSize(2);
		}
	}

	@Test
	void aFailedBatchIsTriedAgainAsAWholeBeforeItsRequestsRunAlone() throws Exception {
		Handler handler = new Handler();
		handler.blockFirst = true;
		try (GroupCommit<String, String> group = GroupCommit.named("test")
			.maxBatch(64)
			.attempts(3, Duration.ofMillis(1))
			.start(handler); ExecutorService clients = Executors.newFixedThreadPool(4)) {
			Future<String> first = clients.submit(() -> group.submit("a"));
			await().atMost(Duration.ofSeconds(5)).until(() -> handler.batches.size() == 1);
			Future<String> before = clients.submit(() -> group.submit("b"));
			Future<String> failing = clients.submit(() -> group.submit("fail"));
			Thread.sleep(200);
			handler.firstBatchMayEnd.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("A");
			assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("B");
			assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).hasMessageContaining("refused: fail");
			assertThat(handler.batches.subList(1, handler.batches.size())).as("three tries together, then alone")
				.hasSize(5)
				.startsWith(handler.batches.get(1), handler.batches.get(1), handler.batches.get(1));
			// The two clients race to submit, so either request may run alone first.
			assertThat(handler.batches.subList(4, 6)).containsExactlyInAnyOrder(List.of("b"), List.of("fail"));
		}
	}

	@Test
	void aRequestAloneIsTriedAsOftenAsConfigured() {
		Handler handler = new Handler();
		try (GroupCommit<String, String> group = GroupCommit.named("test")
			.attempts(3, Duration.ofMillis(1))
			.start(handler)) {
			assertThatThrownBy(() -> group.submit("fail")).hasMessage("refused: fail");
			assertThat(handler.batches).containsExactly(List.of("fail"), List.of("fail"), List.of("fail"));
		}
	}

	@Test
	void flushAnswersEverythingHandedOverBeforeItIncludingTheBatchAWorkerHolds() throws Exception {
		Handler handler = new Handler();
		handler.blockFirst = true;
		try (GroupCommit<String, String> group = new GroupCommit<>("test", 1, 2, handler);
				ExecutorService clients = Executors.newFixedThreadPool(2)) {
			CompletableFuture<String> held = group.submitLater("a");
			await().atMost(Duration.ofSeconds(5)).until(() -> handler.batches.size() == 1);
			List<CompletableFuture<String>> queued = List.of(group.submitLater("b"), group.submitLater("c"),
					group.submitLater("d"));
			Future<?> flush = clients.submit(group::flush);
			Thread.sleep(200);
			assertThat(flush).as("waits for the batch the worker holds").isNotDone();
			handler.firstBatchMayEnd.countDown();
			flush.get(5, TimeUnit.SECONDS);
			assertThat(held).isCompletedWithValue("A");
			assertThat(queued).allMatch(answer -> answer.isDone() && !answer.isCompletedExceptionally());
			assertThat(handler.batches.subList(1, handler.batches.size())).as("in batches of at most two")
				.containsExactly(List.of("b", "c"), List.of("d"));
		}
	}

	@Test
	void closeRunsWhatWasQueuedBeforeIt() throws Exception {
		Handler handler = new Handler();
		handler.blockFirst = true;
		GroupCommit<String, String> group = new GroupCommit<>("test", 1, 64, handler);
		CompletableFuture<String> held = group.submitLater("a");
		await().atMost(Duration.ofSeconds(5)).until(() -> handler.batches.size() == 1);
		CompletableFuture<String> queued = group.submitLater("b");
		try (ExecutorService closer = Executors.newSingleThreadExecutor()) {
			Future<?> closing = closer.submit(() -> group.close());
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThatThrownBy(() -> group.submit("late")).hasMessageContaining("Shutting down"));
			handler.firstBatchMayEnd.countDown();
			closing.get(5, TimeUnit.SECONDS);
		}
		assertThat(held).isCompletedWithValue("A");
		assertThat(queued).isCompletedWithValue("B");
	}

	@Test
	void withACapacityCallersWaitForRoom() throws Exception {
		Handler handler = new Handler();
		handler.blockFirst = true;
		try (GroupCommit<String, String> group = GroupCommit.named("test").maxBatch(64).capacity(2).start(handler);
				ExecutorService clients = Executors.newSingleThreadExecutor()) {
			group.submitLater("a");
			await().atMost(Duration.ofSeconds(5)).until(() -> handler.batches.size() == 1);
			group.submitLater("b");
			group.submitLater("c");
			Future<CompletableFuture<String>> third = clients.submit(() -> group.submitLater("d"));
			Thread.sleep(200);
			assertThat(third).as("the queue is full").isNotDone();
			handler.firstBatchMayEnd.countDown();
			assertThat(third.get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS)).isEqualTo("D");
		}
	}

}

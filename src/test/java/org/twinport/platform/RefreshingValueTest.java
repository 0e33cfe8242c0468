package org.twinport.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RefreshingValueTest {

	private final AtomicLong now = new AtomicLong(1_000);

	private final AtomicInteger loads = new AtomicInteger();

	private final RefreshingValue<Integer> value = new RefreshingValue<>(loads::incrementAndGet, Duration.ofNanos(100),
			now::get);

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void aValueIsTrustedForTheTtlAndThenReadAgain() {
		assertThat(value.get()).isEqualTo(1);
		now.addAndGet(99);
		assertThat(value.get()).isEqualTo(1);
		now.addAndGet(1);
		assertThat(value.get()).isEqualTo(2);
		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void aChangeOnThisNodeIsReadAtOnce() {
		assertThat(value.get()).isEqualTo(1);
		value.invalidate();
		assertThat(value.get()).isEqualTo(2);
		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void whatWasReadWhileTheChangingTransactionRanIsDroppedWhenItEnds() {
		assertThat(value.get()).isEqualTo(1);
		TransactionSynchronizationManager.initSynchronization();
		value.invalidate();
		assertThat(value.get()).as("read before the commit").isEqualTo(2);
		assertThat(value.get()).isEqualTo(2);
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
		}
		assertThat(value.get()).isEqualTo(3);
	}

	@Test
	void aZeroTtlReadsEveryTimeAndAFailedReadIsNotKept() {
		RefreshingValue<Integer> uncached = new RefreshingValue<>(loads::incrementAndGet, Duration.ZERO, now::get);
		assertThat(uncached.get()).isEqualTo(1);
		assertThat(uncached.get()).isEqualTo(2);

		AtomicInteger attempts = new AtomicInteger();
		RefreshingValue<Integer> failing = new RefreshingValue<>(() -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("database down");
			}
			return attempts.get();
		}, Duration.ofSeconds(5), now::get);
		assertThatIllegalStateException().isThrownBy(failing::get);
		assertThat(failing.get()).isEqualTo(2);
	}

}

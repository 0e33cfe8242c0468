package org.twinport.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sign-in throttle and address limit on their real tables: the statements that count
 * attempts, the wait schedule as PostgreSQL applies it, and the purge.
 */
class LoginAttemptsInDatabaseTest extends IntegrationTest {

	@Autowired
	private LoginThrottle throttle;

	@Autowired
	private LoginAddressLimit addresses;

	@Autowired
	private LoginAttemptsPurge purge;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void ofFiftyAttemptsCountedAtOnceOnlyTheFreeOnesGoAhead() throws Exception {
		String username = account("parallel." + run);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> attempts = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
			for (int i = 0; i < 50; i++) {
				attempts.add(pool.submit(() -> {
					start.await();
					try {
						throttle.beginAttempt(username);
						return true;
					}
					catch (LoginThrottledException ex) {
						return false;
					}
				}));
			}
			start.countDown();
		}
		int wentAhead = 0;
		for (Future<Boolean> attempt : attempts) {
			wentAhead += attempt.get() ? 1 : 0;
		}
		assertThat(wentAhead).isEqualTo(5);
		assertThat(failuresOf(username)).isEqualTo(5);
	}

	@Test
	void theWaitDoublesAfterEachFurtherFailureUpToTheCeiling() {
		String username = account("schedule." + run);
		for (int i = 0; i < 5; i++) {
			failedAttempt(username);
		}
		assertWaits(username, 1);
		moveBack(username, 1100);
		assertThatNoException().as("the sixth attempt, after 1 s").isThrownBy(() -> failedAttempt(username));
		assertWaits(username, 2);
		moveBack(username, 1000);
		assertThatThrownBy(() -> throttle.beginAttempt(username)).as("1 s after the sixth")
			.isInstanceOf(LoginThrottledException.class);
		moveBack(username, 1100);
		assertThatNoException().as("the seventh, after 2 s").isThrownBy(() -> failedAttempt(username));

		jdbc.sql("update identity.login_failure set failures = 60, last_failure_at = now() - interval '14 minutes' "
				+ "where username = :username")
			.param("username", username)
			.update();
		assertThatThrownBy(() -> throttle.beginAttempt(username)).isInstanceOfSatisfying(LoginThrottledException.class,
				ex -> assertThat(ex.retryAfterSeconds()).isBetween(50L, 61L));
		moveBack(username, 61_000);
		assertThatNoException().as("at most 15 minutes").isThrownBy(() -> throttle.beginAttempt(username));
	}

	@Test
	void pastTheFreeAttemptsNoneGoesAheadWhileOthersAreStillBeingChecked() {
		String username = account("in.flight." + run);
		for (int i = 0; i < 5; i++) {
			throttle.beginAttempt(username);
		}
		moveBack(username, 10_000);
		assertThatThrownBy(() -> throttle.beginAttempt(username)).as("five checks still running after 10 s")
			.isInstanceOf(LoginThrottledException.class);
		for (int i = 0; i < 5; i++) {
			throttle.failed(username);
		}
		assertWaits(username, 1);
		moveBack(username, 1100);
		assertThatNoException().as("1 s after the last failure was known")
			.isThrownBy(() -> throttle.beginAttempt(username));
	}

	@Test
	void attemptsLostInFlightHoldNobodyUpAfterAMinute() {
		String username = account("lost.in.flight." + run);
		for (int i = 0; i < 5; i++) {
			throttle.beginAttempt(username);
		}
		moveBack(username, 61_000);
		assertThatNoException().isThrownBy(() -> failedAttempt(username));
		moveBack(username, 2100);
		assertThatNoException().as("the lost attempts are no longer counted as in flight")
			.isThrownBy(() -> throttle.beginAttempt(username));
	}

	@Test
	void rowsOfUnknownUsernamesAreDeletedOnceTheirWaitIsOver() {
		String known = account("purge.known." + run);
		String unknown = "purge.ghost." + run;
		String unknownStillWaiting = "purge.waiting." + run;
		for (int i = 0; i < 3; i++) {
			throttle.beginAttempt(known);
			throttle.beginAttempt(unknown);
		}
		jdbc.sql(
				"insert into identity.login_failure (username, failures, last_failure_at) values (:username, 9, now())")
			.param("username", unknownStillWaiting)
			.update();
		jdbc.sql("update identity.login_failure set last_failure_at = last_failure_at - interval '1 hour' "
				+ "where username in (:known, :unknown)")
			.param("known", known)
			.param("unknown", unknown)
			.update();

		purge.purge();

		assertThat(failuresOf(unknown)).isZero();
		assertThat(failuresOf(unknownStillWaiting)).as("its 16 s are not over").isEqualTo(9);
		assertThat(failuresOf(known)).as("an account's failures stay until it signs in").isEqualTo(3);
	}

	@Test
	void addressRowsAreDeletedOnceTheirWindowIsOver() {
		addresses.begin("198.51.100.7");
		addresses.begin("198.51.100.8");
		jdbc.sql("update identity.login_address set window_started_at = now() - interval '61 seconds' "
				+ "where address = '198.51.100.7'")
			.update();

		purge.purge();

		assertThat(jdbc.sql("select address from identity.login_address where address like '198.51.100.%'")
			.query(String.class)
			.list()).containsExactly("198.51.100.8");
	}

	@Test
	void anIpv6ClientIsLimitedByItsSlash64() {
		for (int i = 1; i <= 30; i++) {
			addresses.begin("2001:db8:" + run.substring(0, 4) + ":1::" + Integer.toHexString(i));
		}
		assertThatThrownBy(() -> addresses.begin("2001:db8:" + run.substring(0, 4) + ":1:ffff:ffff:ffff:ffff"))
			.isInstanceOfSatisfying(LoginThrottledException.class,
					ex -> assertThat(ex.reason()).isEqualTo(LoginThrottledException.Reason.ADDRESS));
		assertThatNoException().as("the next /64")
			.isThrownBy(() -> addresses.begin("2001:db8:" + run.substring(0, 4) + ":2::1"));
		assertThat(LoginAddressLimit.keyOf("::ffff:192.0.2.1")).as("IPv4 mapped into IPv6").isEqualTo("192.0.2.1");
		assertThat(LoginAddressLimit.keyOf("192.0.2.1")).isEqualTo("192.0.2.1");
	}

	/** An attempt whose password turned out wrong. */
	private void failedAttempt(String username) {
		throttle.beginAttempt(username);
		throttle.failed(username);
	}

	private void assertWaits(String username, long seconds) {
		assertThatThrownBy(() -> throttle.beginAttempt(username)).isInstanceOfSatisfying(LoginThrottledException.class,
				ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(seconds));
	}

	private void moveBack(String username, long millis) {
		jdbc.sql(
				"update identity.login_failure set last_failure_at = last_failure_at - :millis * interval '1 millisecond' "
						+ "where username = :username")
			.param("millis", millis)
			.param("username", username)
			.update();
	}

	private String account(String username) {
		accounts.create(new NewAccount(username, Passwords.generate(), null, Role.BUYER, null, null, false));
		return username;
	}

	private long failuresOf(String username) {
		return jdbc.sql("select coalesce(sum(failures), 0) from identity.login_failure where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

}

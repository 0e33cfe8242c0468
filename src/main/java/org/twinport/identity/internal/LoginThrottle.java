package org.twinport.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.identity.internal.LoginThrottledException.Reason;
import org.twinport.platform.TwinportProperties;

/**
 * Slows down password guessing: after a few free failures, each further attempt for the
 * same username must wait twice as long as the one before, up to a ceiling. Kept in the
 * database so every app node sees it.
 * <p>
 * An attempt is counted before its password is checked, in one statement that counts it
 * only if the username need not wait, and it stays counted as a failure unless it
 * succeeds: of many attempts sent at once, only the free ones reach the (slow) password
 * check. Past the free attempts, none goes ahead while another is still being checked,
 * and the wait runs from when the last failure is known: an attacker who slows the
 * password checks down does not shorten it.
 */
@Component
public class LoginThrottle {

	/**
	 * The wait a row imposes after its last attempt, in SQL; the same schedule as
	 * {@link #remaining}.
	 */
	private static final String WAIT = "least(power(2, least(f.failures - :free, 20)), :maxDelaySeconds) * interval '1 second'";

	/**
	 * Whether nothing happened to the row for a minute. A password check takes far less:
	 * an attempt still in flight after that was lost (its node stopped) and holds nobody
	 * up.
	 */
	private static final String IDLE = "f.last_failure_at < now() - interval '1 minute'";

	/** Whether no attempt of the row is being checked. */
	private static final String NONE_IN_FLIGHT = "(f.in_flight = 0 or " + IDLE + ")";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int freeAttempts;

	private final Duration maxDelay;

	LoginThrottle(JdbcClient jdbc, TwinportProperties properties) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
		this.freeAttempts = properties.login().freeAttempts();
		this.maxDelay = properties.login().maxDelay();
	}

	/**
	 * Counts an attempt for this username, as failed until {@link #succeeded} says
	 * otherwise, and as in flight until {@link #failed} or {@link #succeeded}.
	 * @throws LoginThrottledException without counting it when the username must still
	 * wait
	 */
	void beginAttempt(String username) {
		boolean counted = jdbc.sql("""
				insert into identity.login_failure as f (username, failures, in_flight, last_failure_at)
				values (:username, 1, 1, now())
				on conflict (username) do update
				  set failures = f.failures + 1, last_failure_at = now(),
				      in_flight = case when %s then 1 else f.in_flight + 1 end
				  where f.failures < :free or (%s and f.last_failure_at + %s <= now())
				returning f.failures""".formatted(IDLE, NONE_IN_FLIGHT, WAIT))
			.param("username", username)
			.param("free", freeAttempts)
			.param("maxDelaySeconds", maxDelay.toSeconds())
			.query(Integer.class)
			.optional()
			.isPresent();
		if (!counted) {
			throw new LoginThrottledException(Reason.ACCOUNT, waitBefore(username));
		}
	}

	/**
	 * How long the caller must still wait before trying this username again; zero when it
	 * may try now.
	 */
	Duration waitBefore(String username) {
		return jdbc.sql("select failures, last_failure_at from identity.login_failure where username = :username")
			.param("username", username)
			.query((rs, n) -> remaining(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional()
			.orElse(Duration.ZERO);
	}

	Duration remaining(int failures, Instant lastFailure) {
		if (failures < freeAttempts) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - freeAttempts, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		if (delay.compareTo(maxDelay) > 0) {
			delay = maxDelay;
		}
		Duration left = Duration.between(clock.instant(), lastFailure.plus(delay));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/**
	 * The attempt's password was wrong (or could not be checked): the wait runs from now.
	 */
	void failed(String username) {
		jdbc.sql("""
				update identity.login_failure
				set in_flight = greatest(in_flight - 1, 0), last_failure_at = greatest(last_failure_at, now())
				where username = :username""").param("username", username).update();
	}

	void succeeded(String username) {
		jdbc.sql("delete from identity.login_failure where username = :username").param("username", username).update();
	}

	/**
	 * Forgets usernames without an account once their wait has run out, so that guessing
	 * made-up usernames does not fill the table; the rows of real accounts stay until
	 * they sign in.
	 * @return how many rows were deleted
	 */
	int forgetUnknownUsernames() {
		return jdbc.sql("""
				delete from identity.login_failure f
				where (f.failures < :free or f.last_failure_at + %s < now())
				  and not exists (select 1 from identity.account a where a.username = f.username)""".formatted(WAIT))
			.param("free", freeAttempts)
			.param("maxDelaySeconds", maxDelay.toSeconds())
			.update();
	}

}

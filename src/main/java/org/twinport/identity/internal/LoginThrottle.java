package org.twinport.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.platform.TwinportProperties;

/**
 * Slows down password guessing: after a few free failures, each further attempt for the
 * same username must wait twice as long as the one before, up to a ceiling. Kept in the
 * database so every app node sees it.
 */
@Component
public class LoginThrottle {

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
	 * How long the caller must still wait before trying this username again; zero when it
	 * may try now.
	 */
	public Duration waitBefore(String username) {
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

	public void failed(String username) {
		jdbc.sql(
				"""
						insert into identity.login_failure (username, failures, last_failure_at) values (:username, 1, now())
						on conflict (username) do update set failures = identity.login_failure.failures + 1, last_failure_at = now()
						""")
			.param("username", username)
			.update();
	}

	public void succeeded(String username) {
		jdbc.sql("delete from identity.login_failure where username = :username").param("username", username).update();
	}

}

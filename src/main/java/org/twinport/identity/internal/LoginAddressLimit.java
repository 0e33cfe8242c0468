package org.twinport.identity.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.identity.internal.LoginThrottledException.Reason;
import org.twinport.platform.TwinportProperties;

/**
 * Limits sign-in attempts from one client address across usernames: at most
 * {@code twinport.login.address-attempts} per {@code address-window}, counted before the
 * password is checked; a successful sign-in gives its attempt back, so the limit falls on
 * guesses, not on the people of one office signing in. Kept in the database so every app
 * node sees it.
 */
@Component
class LoginAddressLimit {

	private static final String WINDOW_OVER = "a.window_started_at + :windowSeconds * interval '1 second' <= now()";

	private final JdbcClient jdbc;

	private final int attempts;

	private final Duration window;

	LoginAddressLimit(JdbcClient jdbc, TwinportProperties properties) {
		this.jdbc = jdbc;
		this.attempts = properties.login().addressAttempts();
		this.window = properties.login().addressWindow();
	}

	/** An attempt counted for an address in the window that started at {@code window}. */
	record Attempt(String address, OffsetDateTime window) {
	}

	/**
	 * Counts an attempt from this client address, as failed until {@link #succeeded} says
	 * otherwise.
	 * @param remoteAddress the client's IP address, as {@code request.getRemoteAddr()}
	 * @throws LoginThrottledException without counting it when the address has no
	 * attempts left in this window
	 */
	Attempt begin(String remoteAddress) {
		String address = keyOf(remoteAddress);
		return jdbc
			.sql("""
					insert into identity.login_address as a (address, window_started_at, attempts) values (:address, now(), 1)
					on conflict (address) do update
					  set window_started_at = case when %1$s then now() else a.window_started_at end,
					      attempts = case when %1$s then 1 else a.attempts + 1 end
					  where a.attempts < :limit or %1$s
					returning a.window_started_at"""
				.formatted(WINDOW_OVER))
			.param("address", address)
			.param("limit", attempts)
			.param("windowSeconds", window.toMillis() / 1000.0)
			.query((rs, n) -> new Attempt(address, rs.getObject(1, OffsetDateTime.class)))
			.optional()
			.orElseThrow(() -> new LoginThrottledException(Reason.ADDRESS, waitBefore(address)));
	}

	private Duration waitBefore(String address) {
		return jdbc
			.sql("""
					select greatest(extract(epoch from a.window_started_at + :windowSeconds * interval '1 second' - now()), 0)
					from identity.login_address a where a.address = :address""")
			.param("address", address)
			.param("windowSeconds", window.toMillis() / 1000.0)
			.query(Double.class)
			.optional()
			.map(seconds -> Duration.ofMillis(Math.round(seconds * 1000)))
			.orElse(Duration.ZERO);
	}

	/** Gives the attempt back, unless its window is over. */
	void succeeded(Attempt attempt) {
		jdbc.sql("""
				update identity.login_address set attempts = attempts - 1
				where address = :address and window_started_at = :window and attempts > 0""")
			.param("address", attempt.address())
			.param("window", attempt.window())
			.update();
	}

	/**
	 * Deletes the rows of windows that are over.
	 * @return how many rows were deleted
	 */
	int forgetPastWindows() {
		return jdbc.sql("delete from identity.login_address a where " + WINDOW_OVER)
			.param("windowSeconds", window.toMillis() / 1000.0)
			.update();
	}

	/**
	 * The address itself, or for IPv6 its /64: one subscriber usually holds a whole /64,
	 * so counting single IPv6 addresses would not limit anyone.
	 */
	static String keyOf(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
			return String.valueOf(remoteAddress);
		}
		try {
			// A literal: parsed without a name lookup.
			InetAddress parsed = InetAddress.getByName(remoteAddress);
			if (parsed instanceof Inet6Address) {
				return HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64";
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

}

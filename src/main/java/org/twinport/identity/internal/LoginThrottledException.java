package org.twinport.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password: this username failed too often just
 * now, or too many sign-ins from the client's address did not succeed.
 */
public class LoginThrottledException extends AuthenticationException {

	public enum Reason {

		/** The username failed too often. */
		ACCOUNT,

		/** Too many attempts from the client's address, whatever the username. */
		ADDRESS

	}

	private final Reason reason;

	private final Duration retryAfter;

	public LoginThrottledException(Reason reason, Duration retryAfter) {
		super(message(reason, retryAfter));
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	private static String message(Reason reason, Duration retryAfter) {
		long seconds = wholeSeconds(retryAfter);
		return switch (reason) {
			case ACCOUNT -> "Too many failed sign-ins for this account. Try again in " + seconds + " seconds.";
			case ADDRESS -> "Too many sign-in attempts from your address. Try again in " + seconds + " seconds.";
		};
	}

	public Reason reason() {
		return reason;
	}

	/** What to tell the person, as a code with the seconds to wait. */
	public org.twinport.shared.Reason refusal() {
		return org.twinport.shared.Reason.of(switch (reason) {
			case ACCOUNT -> "identity.problem.throttledAccount";
			case ADDRESS -> "identity.problem.throttledAddress";
		}, retryAfterSeconds());
	}

	public long retryAfterSeconds() {
		return wholeSeconds(retryAfter);
	}

	private static long wholeSeconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}

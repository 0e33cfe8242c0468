package org.twinport.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because this username failed too often
 * just now.
 */
public class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	public LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins for this account. Try again in " + Math.max(1, retryAfter.toSeconds())
				+ " seconds.");
		this.retryAfter = retryAfter;
	}

	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}

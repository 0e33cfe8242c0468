package org.twinport.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the sign-in tables small: anyone may send attempts for made-up usernames or from
 * many addresses, each of which leaves a row. Every node may run it: the deletes are
 * idempotent.
 */
@Component
class LoginAttemptsPurge {

	private static final Logger log = LoggerFactory.getLogger(LoginAttemptsPurge.class);

	private final LoginThrottle throttle;

	private final LoginAddressLimit addresses;

	LoginAttemptsPurge(LoginThrottle throttle, LoginAddressLimit addresses) {
		this.throttle = throttle;
		this.addresses = addresses;
	}

	@Scheduled(fixedDelayString = "${twinport.login.purge-interval:PT1M}",
			initialDelayString = "${twinport.login.purge-interval:PT1M}")
	void purge() {
		try {
			int usernames = throttle.forgetUnknownUsernames();
			int windows = addresses.forgetPastWindows();
			if (usernames + windows > 0) {
				log.debug("Forgot {} unknown usernames and {} past address windows of sign-in attempts", usernames,
						windows);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete old sign-in attempts: {}", ex.toString());
		}
	}

}

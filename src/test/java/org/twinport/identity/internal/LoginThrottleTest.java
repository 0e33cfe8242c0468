package org.twinport.identity.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.twinport.platform.TwinportProperties;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final LoginThrottle throttle = new LoginThrottle(null, new TwinportProperties(Path.of("x"), false, null,
			null, null, new TwinportProperties.Login(5, Duration.ofMinutes(15)), null));

	@Test
	void theFirstFailuresAreFree() {
		assertThat(throttle.remaining(4, Instant.now())).isZero();
	}

	@Test
	void eachFurtherFailureDoublesTheWait() {
		Instant now = Instant.now();
		assertThat(throttle.remaining(5, now)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
		assertThat(throttle.remaining(8, now)).isBetween(Duration.ofSeconds(7), Duration.ofSeconds(8));
	}

	@Test
	void theWaitHasACeilingAndRunsOut() {
		assertThat(throttle.remaining(60, Instant.now())).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
		assertThat(throttle.remaining(6, Instant.now().minusSeconds(3))).isZero();
	}

}

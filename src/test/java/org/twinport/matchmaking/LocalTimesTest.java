package org.twinport.matchmaking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.twinport.matchmaking.internal.LocalTimes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example: one online session hour in Jinan shown in each participant's zone,
 * daylight saving included.
 */
class LocalTimesTest {

	private static Instant jinan(String local) {
		return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	@Test
	void octoberStillOnSummerTimeInEuropeAndCalifornia() {
		Instant at = jinan("2026-10-20T15:00");
		assertThat(LocalTimes.format(at, ZoneId.of("Europe/Helsinki"))).isEqualTo("2026-10-20 10:00");
		assertThat(LocalTimes.format(at, ZoneId.of("Europe/London"))).isEqualTo("2026-10-20 08:00");
		assertThat(LocalTimes.format(at, ZoneId.of("America/Los_Angeles"))).isEqualTo("2026-10-20 00:00");
	}

	@Test
	void decemberOnStandardTimeSacramentoTheDayBefore() {
		Instant at = jinan("2026-12-10T15:00");
		assertThat(LocalTimes.format(at, ZoneId.of("Europe/Helsinki"))).isEqualTo("2026-12-10 09:00");
		assertThat(LocalTimes.format(at, ZoneId.of("Europe/London"))).isEqualTo("2026-12-10 07:00");
		assertThat(LocalTimes.format(at, ZoneId.of("America/Los_Angeles"))).isEqualTo("2026-12-09 23:00");
	}

}

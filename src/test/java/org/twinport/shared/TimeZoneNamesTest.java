package org.twinport.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZoneNamesTest {

	/** A clock the test moves. */
	private static final class MovableClock extends Clock {

		Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	private static String helsinki(TimeZoneNames names) {
		return names.regions(Locale.ENGLISH)
			.stream()
			.flatMap(region -> region.zones().stream())
			.filter(zone -> zone.code().equals("Europe/Helsinki"))
			.findFirst()
			.orElseThrow()
			.label();
	}

	@Test
	void theListsAreKeptPerLanguageWithinAnHour() {
		MovableClock clock = new MovableClock(Instant.parse("2026-01-15T10:05:00Z"));
		TimeZoneNames names = new TimeZoneNames(clock);
		assertThat(names.regions(Locale.ENGLISH)).isSameAs(names.regions(Locale.ENGLISH));
		assertThat(names.options(Locale.SIMPLIFIED_CHINESE)).isSameAs(names.options(Locale.SIMPLIFIED_CHINESE));
		assertThat(names.regions(Locale.SIMPLIFIED_CHINESE)).isNotSameAs(names.regions(Locale.ENGLISH));
		assertThat(names.regions(Locale.ENGLISH).get(0).zones().get(0).label()).startsWith("UTC±00:00");
	}

	@Test
	void theOffsetsFollowSummerTimeWithinTheHour() {
		// Finland goes to summer time at 01:00 UTC on the last Sunday of March.
		MovableClock clock = new MovableClock(Instant.parse("2026-03-29T00:30:00Z"));
		TimeZoneNames names = new TimeZoneNames(clock);
		assertThat(helsinki(names)).startsWith("UTC+02:00");
		clock.now = Instant.parse("2026-03-29T01:00:00Z");
		assertThat(helsinki(names)).startsWith("UTC+03:00");
	}

}

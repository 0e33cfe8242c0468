package org.twinport.pricing.tariff;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundled file loads whole as its market's version. Load times, lookup latency and
 * table sizes are printed for bench notes, not asserted.
 */
class BundledSchedulesLoadTest extends IntegrationTest {

	@Autowired
	TariffSchedules schedules;

	@Test
	void everyBundledFileLoadsWhole() {
		assertLoads(ScheduleFormat.US, 29_597);
		assertLoads(ScheduleFormat.GB, 11_830);
		assertLoads(ScheduleFormat.EU, 11_830);
		// 9,654 rows; 8 codes come twice with seasonal rates and are kept as one UNPARSED line "20% | 25%".
		assertLoads(ScheduleFormat.JP, 9_646);
		var bananas = schedules.lines("JP", "080390100", LocalDate.of(2026, 12, 7)).lines().get(0);
		assertThat(bananas.rateText()).isEqualTo("20% | 25%");
		assertThat(bananas.rate().kind()).isEqualTo(ParsedRate.Kind.UNPARSED);
		assertThat(bananas.description()).contains("4月1日", "10月1日");
		// 7,671 rows, 5,668 codes: the scrape lists some headings under two or three sections, word for word.
		assertLoads(ScheduleFormat.AU, 5_668);

		for (String table : new String[] { "tariff_schedule", "tariff_line", "hs_code" }) {
			System.out.printf("pricing.%s: %d rows, %s%n", table,
					jdbc.sql("select count(*) from pricing." + table).query(Long.class).single(),
					jdbc.sql("select pg_size_pretty(pg_total_relation_size('pricing." + table + "'))")
						.query(String.class)
						.single());
		}
		for (ScheduleFormat format : ScheduleFormat.values()) {
			String prefix = format == ScheduleFormat.JP ? "090210" : "0902";
			LocalDate date = LocalDate.of(2026, 12, 7);
			for (int i = 0; i < 50; i++) {
				schedules.lines(format.name(), prefix, date);
			}
			long started = System.nanoTime();
			int lookups = 500;
			for (int i = 0; i < lookups; i++) {
				schedules.lines(format.name(), prefix, date);
			}
			System.out.printf("%s lookup of %s: %.3f ms each (%d lines)%n", format, prefix,
					(System.nanoTime() - started) / 1e6 / lookups, schedules.lines(format.name(), prefix, date)
						.lines()
						.size());
		}
	}

	private void assertLoads(ScheduleFormat format, int lines) {
		var loaded = schedules.load(format, format.version, format.validFrom, null, "test");
		assertThat(loaded.schedule().lineCount()).isEqualTo(lines);
		System.out.printf("%s %s: %d lines loaded in %d ms%n", format, format.version, lines, loaded.millis());
	}

}

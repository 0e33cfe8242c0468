package org.twinport.network.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.twinport.network.NetworkFigures.Anniversary;
import org.twinport.network.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AnniversariesTest {

	private static NetworkFiguresViews.Tie tie(String code, String established) {
		return new NetworkFiguresViews.Tie(1, "SISTER_CITY", code, code, "FR", "EUROPE",
				PartialDate.parse("established", established), "ACTIVE", null, true);
	}

	@Test
	void aTieKnownOnlyByItsYearIsDueThisYearAndNextNeverOnADay() {
		List<Anniversary> found = Anniversaries.within12Months(List.of(tie("fr-rennes", "2002")),
				LocalDate.of(2026, 12, 7));
		assertThat(found).extracting(Anniversary::on, Anniversary::years, Anniversary::round)
			.containsExactly(tuple("2026", 24, false),
					tuple("2027", 25, true));
	}

	@Test
	void aTieKnownToTheDayIsDueOnItsNextDayWithinTwelveMonths() {
		List<Anniversary> found = Anniversaries.within12Months(List.of(tie("jp-wakayama", "1983-01-14")),
				LocalDate.of(2026, 12, 7));
		assertThat(found).extracting(Anniversary::on, Anniversary::years)
			.containsExactly(tuple("2027-01-14", 44));
	}

	@Test
	void partialDatesOrderByTheLastDayTheyMayMean() {
		assertThat(PartialDate.parse("d", "1983").latestDay()).isEqualTo(LocalDate.of(1983, 12, 31));
		assertThat(PartialDate.parse("d", "1985-04").latestDay()).isEqualTo(LocalDate.of(1985, 4, 30));
		assertThat(PartialDate.parse("d", "1983-01-14").latestDay()).isEqualTo(LocalDate.of(1983, 1, 14));
	}

}

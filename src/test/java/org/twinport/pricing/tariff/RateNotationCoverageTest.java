package org.twinport.pricing.tariff;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.twinport.pricing.tariff.ParsedRate.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses every rate of every bundled schedule. Nothing may be lost: a rate string is
 * either read into components or kept UNPARSED with its text, and a plain percentage or
 * "Free" is never UNPARSED. The shares are printed for the report.
 */
class RateNotationCoverageTest {

	private static final String PLAIN = "(?i)\\s*(\\(?[◎※]\\)?)?\\s*(free|無税|\\d+(\\.\\d+)?\\s*%)\\s*";

	record Tally(Map<Kind, Integer> kinds, List<String> plainButUnparsed, List<String> unparsed) {

		int rated() {
			return kinds.entrySet().stream().filter(e -> e.getKey() != Kind.NONE).mapToInt(Map.Entry::getValue).sum();
		}

		double parsedShare() {
			return 1.0 - (double) kinds.getOrDefault(Kind.UNPARSED, 0) / rated();
		}

	}

	private static Tally tally(ScheduleFormat format, boolean usChaptersOneTo97) throws IOException {
		Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
		List<String> plainButUnparsed = new ArrayList<>();
		List<String> unparsed = new ArrayList<>();
		try (InputStream in = format.openBundled()) {
			format.read(in, row -> {
				if (usChaptersOneTo97 && row.code().compareTo("98") >= 0) {
					return;
				}
				ParsedRate rate = RateNotation.parse(row.rateText(), format.dollarCurrency);
				kinds.merge(rate.kind(), 1, Integer::sum);
				assertThat(rate.text()).isEqualTo(row.rateText() == null ? "" : row.rateText());
				if (rate.kind() == Kind.UNPARSED) {
					unparsed.add(row.rateText());
					if (row.rateText().matches(PLAIN)) {
						plainButUnparsed.add(row.code() + " " + row.rateText());
					}
				}
				if (rate.kind() == Kind.NONE) {
					assertThat(row.rateText()).isBlank();
				}
			});
		}
		Tally tally = new Tally(kinds, plainButUnparsed, unparsed);
		Map<String, Integer> top = new TreeMap<>();
		unparsed.forEach(text -> top.merge(text, 1, Integer::sum));
		System.out.printf("%s: %s; parsed %.2f%% of %d rated lines; %d distinct unparsed%n", format, kinds,
				100 * tally.parsedShare(), tally.rated(), top.size());
		top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
			.forEach(e -> System.out.printf("  unparsed %4d x %s%n", e.getValue(), e.getKey()));
		return tally;
	}

	@Test
	void usGeneralRatesOfChapters01To97() throws IOException {
		Tally us = tally(ScheduleFormat.US, true);
		assertThat(us.plainButUnparsed()).isEmpty();
		assertThat(us.rated()).isGreaterThan(20_000);
		// The rest are texts such as "The rate applicable to each garment in the ensemble..."
		assertThat(us.parsedShare()).isGreaterThanOrEqualTo(0.98);
		assertThat(us.kinds().get(Kind.SPECIFIC)).isGreaterThan(1000);
		assertThat(us.kinds().get(Kind.COMPOUND)).isGreaterThan(300);
	}

	@Test
	void ukGlobalTariff() throws IOException {
		Tally uk = tally(ScheduleFormat.GB, false);
		assertThat(uk.plainButUnparsed()).isEmpty();
		assertThat(uk.rated()).isEqualTo(11_830);
		assertThat(uk.parsedShare()).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void euCommonExternalTariff() throws IOException {
		Tally eu = tally(ScheduleFormat.EU, false);
		assertThat(eu.plainButUnparsed()).isEmpty();
		// Entry prices, agricultural components (EA) and seasonal rates stay unparsed.
		assertThat(eu.parsedShare()).isGreaterThanOrEqualTo(0.97);
	}

	@Test
	void japan() throws IOException {
		Tally jp = tally(ScheduleFormat.JP, false);
		assertThat(jp.plainButUnparsed()).isEmpty();
		assertThat(jp.kinds().get(Kind.HIGHER_OF)).isGreaterThan(200);
		// Reference-price formulas, ranges and "a | *b" pairs stay unparsed.
		assertThat(jp.parsedShare()).isGreaterThanOrEqualTo(0.97);
	}

	@Test
	void australia() throws IOException {
		Tally au = tally(ScheduleFormat.AU, false);
		assertThat(au.plainButUnparsed()).isEmpty();
		assertThat(au.parsedShare()).isGreaterThanOrEqualTo(0.99);
	}

}

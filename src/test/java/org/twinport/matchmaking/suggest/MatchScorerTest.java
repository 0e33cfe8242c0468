package org.twinport.matchmaking.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.twinport.matchmaking.Offering;

import static org.assertj.core.api.Assertions.assertThat;

class MatchScorerTest {

	@Test
	void precisionAtFiveOnTheLabelledFixture() {
		LabelledFixture.Result result = LabelledFixture.evaluate();
		result.perQuery().forEach(System.out::println);
		System.out.printf("Suggestions: precision at 5 on the labelled fixture = %.3f%n", result.precisionAt5());
		assertThat(result.precisionAt5()).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void everyPartOfTheScoreIsAReason() {
		TieMap ties = new TieMap();
		ties.add(1, "Jinan", 2, "Wakayama", "Sister city", true);
		Features seller = Features.of(1, "Tea", 1, "CN", List.of("090210"), List.of(), List.of("A"),
				List.of(Offering.SUPPLIER), List.of(Offering.BUYER), List.of("JP"), List.of("zh", "ja"), -1);
		Features buyer = Features.of(2, "Importer", 2, "JP", List.of(), List.of("0902"), List.of("G"),
				List.of(Offering.BUYER), List.of(Offering.SUPPLIER), List.of("CN"), List.of("ja", "en"), 0.9);
		MatchScorer.Scored scored = new MatchScorer(ties).score(seller, buyer);
		assertThat(scored.parts()).extracting(MatchScorer.Part::code)
			.contains("SEEKS_WHAT_YOU_SELL", "OFFERS_WHAT_YOU_SEEK", "SEEKS_WHAT_YOU_OFFER", "IN_YOUR_MARKET",
					"TARGETS_YOUR_MARKET", "SHARED_LANGUAGE", "PARTNER_CITY", "RESPONSIVE");
		assertThat(scored.score()).isEqualTo(scored.parts().stream().mapToInt(MatchScorer.Part::points).sum());
		assertThat(
				scored.parts().stream().filter(p -> p.code().equals("PARTNER_CITY")).findFirst().orElseThrow().args())
			.containsExactly("Wakayama", "Sister city", "Jinan");
	}

	@Test
	void noComplementarityNoSuggestion() {
		Features a = Features.of(1, "A", 1, "CN", List.of(), List.of(), List.of("M"), List.of(), List.of(),
				List.of("FI"), List.of("zh", "en"), -1);
		Features b = Features.of(2, "B", 2, "FI", List.of(), List.of(), List.of("M"), List.of(), List.of(),
				List.of("CN"), List.of("zh", "en"), 1.0);
		assertThat(new MatchScorer(new TieMap()).top(a, List.of(a, b), Set.of(), 5)).isEmpty();
	}

	/**
	 * The indexed, allocation-free search must find exactly what scoring every company
	 * and sorting would: same companies, same scores, same order.
	 */
	@Test
	void theIndexFindsWhatScoringEveryCompanyFinds() {
		Random random = new Random(7);
		TieMap ties = new TieMap();
		for (int place = 2; place <= 12; place++) {
			ties.add(1, "Home", place, "Place " + place, "Sister city", place % 3 != 0);
		}
		String[] countries = { "CN", "FI", "GB", "US", "JP", "DE", "FR", "KR", "RU", "BG", "IT", "AU" };
		String[] languages = { "zh", "en", "ja", "fi", "de", "xx" };
		List<Features> companies = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			int place = 1 + random.nextInt(12);
			companies.add(Features.of(i, "C" + i, place, countries[place - 1], codes(random), codes(random),
					List.of(String.valueOf((char) ('A' + random.nextInt(5)))), offerings(random), offerings(random),
					List.of(countries[random.nextInt(12)]), List.of(languages[random.nextInt(6)], "en"),
					random.nextInt(3) == 0 ? -1 : random.nextDouble()));
		}
		MatchScorer scorer = new MatchScorer(ties);
		CandidateIndex index = new CandidateIndex(companies);
		for (int q = 0; q < 300; q++) {
			Features me = companies.get(random.nextInt(companies.size()));
			Set<Long> excluded = q % 2 == 0 ? Set.of() : Set.of((long) random.nextInt(3000), me.id() + 1);
			List<MatchScorer.Scored> expected = companies.stream()
				.filter(c -> c.id() != me.id() && !excluded.contains(c.id()))
				.map(c -> scorer.score(me, c))
				.filter(java.util.Objects::nonNull)
				.sorted(Comparator.comparingInt(MatchScorer.Scored::score)
					.reversed()
					.thenComparingLong(s -> s.candidate().id()))
				.limit(10)
				.toList();
			List<MatchScorer.Scored> actual = scorer.top(me, index, excluded, 10);
			assertThat(actual).extracting(s -> s.candidate().id() + ":" + s.score())
				.containsExactlyElementsOf(expected.stream().map(s -> s.candidate().id() + ":" + s.score()).toList());
		}
	}

	private static List<String> codes(Random random) {
		List<String> out = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			int chapter = 1 + random.nextInt(12);
			out.add(String.format("%02d%02d", chapter, 1 + random.nextInt(3))
				.substring(0, random.nextBoolean() ? 4 : 2));
		}
		return out;
	}

	private static List<Offering> offerings(Random random) {
		List<Offering> out = new ArrayList<>();
		for (Offering offering : Offering.values()) {
			if (random.nextInt(5) == 0) {
				out.add(offering);
			}
		}
		return out;
	}

}

package org.twinport.matchmaking.suggest;

import java.util.List;
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

}

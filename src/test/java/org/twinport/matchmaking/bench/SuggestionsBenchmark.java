package org.twinport.matchmaking.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.twinport.matchmaking.Offering;
import org.twinport.matchmaking.suggest.CandidateIndex;
import org.twinport.matchmaking.suggest.Features;
import org.twinport.matchmaking.suggest.LabelledFixture;
import org.twinport.matchmaking.suggest.MatchScorer;
import org.twinport.matchmaking.suggest.TieMap;

/**
 * Suggestions at scale: 20,000 synthetic companies in 60 network places, the top 10 for
 * every one of them (parallel over the machine's cores), then single-company latency
 * percentiles, then precision at 5 on the labelled fixture. Argument: the number of
 * companies.
 */
public final class SuggestionsBenchmark {

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		Random random = new Random(20261129L);
		TieMap ties = new TieMap();
		for (int place = 2; place <= 60; place++) {
			ties.add(1, "Home", place, "Place " + place, "Sister city", place % 7 != 0);
		}
		String[] countries = Arrays.copyOf(Locale.getISOCountries(), 60);
		String[] languages = { "zh", "en", "ja", "ko", "ru", "fi", "de", "fr", "he", "bg", "km", "lt", "es", "it" };
		List<Features> companies = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int place = 1 + random.nextInt(60);
			companies.add(Features.of(i, "Company " + i, place, countries[place - 1], hs(random, 3), hs(random, 2),
					List.of(String.valueOf((char) ('A' + random.nextInt(21)))), offerings(random), offerings(random),
					List.of(countries[random.nextInt(60)], countries[random.nextInt(60)]),
					List.of(languages[random.nextInt(languages.length)],
							random.nextBoolean() ? "en" : languages[random.nextInt(languages.length)]),
					random.nextInt(4) == 0 ? -1 : random.nextDouble()));
		}
		MatchScorer scorer = new MatchScorer(ties);
		long built = System.nanoTime();
		CandidateIndex index = new CandidateIndex(companies);
		System.out.printf("index of %,d companies built in %.0f ms%n", n, (System.nanoTime() - built) / 1e6);
		for (int i = 0; i < 2000; i++) {
			scorer.top(companies.get(i), index, Set.of(), 10);
		}
		long start = System.nanoTime();
		AtomicLong suggestions = new AtomicLong();
		IntStream.range(0, n)
			.parallel()
			.forEach(i -> suggestions.addAndGet(scorer.top(companies.get(i), index, Set.of(), 10).size()));
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("all companies: top 10 for each of %,d companies in %.1f s on %d cores (%,d suggestions)%n",
				n, seconds, Runtime.getRuntime().availableProcessors(), suggestions.get());
		long[] micros = new long[1000];
		for (int i = 0; i < micros.length; i++) {
			long t = System.nanoTime();
			scorer.top(companies.get(random.nextInt(n)), index, Set.of(), 10);
			micros[i] = (System.nanoTime() - t) / 1000;
		}
		Arrays.sort(micros);
		System.out.printf(
				"one company: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (scoring %,d candidates, in process)%n",
				micros[500] / 1000.0, micros[950] / 1000.0, micros[990] / 1000.0, micros[999] / 1000.0, n);
		// Baseline in the same run: score every company for one query and sort (what an
		// all-pairs scan without the index costs).
		long naiveStart = System.nanoTime();
		int naiveQueries = 200;
		for (int q = 0; q < naiveQueries; q++) {
			Features me = companies.get(random.nextInt(n));
			companies.stream()
				.filter(c -> c.id() != me.id())
				.map(c -> scorer.score(me, c))
				.filter(java.util.Objects::nonNull)
				.sorted(java.util.Comparator.comparingInt(MatchScorer.Scored::score).reversed())
				.limit(10)
				.toList();
		}
		double naiveMs = (System.nanoTime() - naiveStart) / 1e6 / naiveQueries;
		System.out.printf(
				"baseline (score all %,d and sort): %.1f ms per company, mean; indexed mean %.2f ms: %.0fx faster%n", n,
				naiveMs, Arrays.stream(micros).average().orElse(0) / 1000.0,
				naiveMs / (Arrays.stream(micros).average().orElse(1) / 1000.0));
		LabelledFixture.Result quality = LabelledFixture.evaluate();
		quality.perQuery().forEach(line -> System.out.println("  " + line));
		System.out.printf("precision at 5 on the labelled fixture: %.3f%n", quality.precisionAt5());
	}

	/**
	 * HS codes with a realistic skew: a few chapters (food, textiles, machinery) much
	 * more common than others.
	 */
	private static List<String> hs(Random random, int max) {
		int count = random.nextInt(max + 1);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int chapter = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 97);
			out.add(String.format("%02d%02d", Math.min(97, chapter), 1 + random.nextInt(20)));
		}
		return out;
	}

	private static List<Offering> offerings(Random random) {
		List<Offering> out = new ArrayList<>();
		for (Offering offering : Offering.values()) {
			if (random.nextInt(4) == 0) {
				out.add(offering);
			}
		}
		return out;
	}

}

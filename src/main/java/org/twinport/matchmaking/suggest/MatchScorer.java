package org.twinport.matchmaking.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.twinport.matchmaking.Offering;

/**
 * Scores a candidate for a company as a sum of explainable parts. Complementarity (what
 * one sells the other seeks, what one offers the other looks for) is required: without
 * it, shared languages or cities alone make no match. Points are set so that one concrete
 * product match outweighs any mix of soft signals.
 */
public final class MatchScorer {

	public record Part(String code, int points, List<String> args) {
	}

	public record Scored(Features candidate, int score, List<Part> parts) {
	}

	static final int MIN_SCORE = 15;

	private final TieMap ties;

	public MatchScorer(TieMap ties) {
		this.ties = ties;
	}

	/**
	 * The best {@code limit} candidates, highest score first (ties by id), skipping the
	 * excluded ids. Builds an index for this one call: for repeated queries keep a
	 * {@link CandidateIndex} and use {@link #top(Features, CandidateIndex, Set, int)}.
	 */
	public List<Scored> top(Features me, Collection<Features> candidates, Set<Long> excluded, int limit) {
		return top(me, new CandidateIndex(candidates), excluded, limit);
	}

	/**
	 * The best {@code limit} candidates, highest score first (ties by id), skipping the
	 * excluded ids. Only the companies the index finds complementary are visited; each is
	 * scored exactly with integer arithmetic and no allocation, and reasons are built for
	 * the winners alone.
	 */
	public List<Scored> top(Features me, CandidateIndex index, Set<Long> excluded, int limit) {
		int[] tie = tiePoints(me, index);
		CandidateIndex.Query query = new CandidateIndex.Query(me);
		int[] candidates = index.candidates(me);
		int found = candidates[0];
		int[] bestScore = new int[limit];
		int[] bestPosition = new int[limit];
		int size = 0;
		for (int k = 1; k <= found; k++) {
			int i = candidates[k];
			long id = index.ids[i];
			if (id == me.id()) {
				continue;
			}
			int complement = index.complement(query, i);
			if (complement == 0) {
				continue;
			}
			int score = complement + index.soft(query, i) + tie[index.placeOf[i]] + index.responsive[i];
			if (score < MIN_SCORE
					|| size == limit && !better(score, id, bestScore[size - 1], index.ids[bestPosition[size - 1]])) {
				continue;
			}
			if (!excluded.isEmpty() && excluded.contains(id)) {
				continue;
			}
			int at = size == limit ? size - 1 : size++;
			while (at > 0 && better(score, id, bestScore[at - 1], index.ids[bestPosition[at - 1]])) {
				bestScore[at] = bestScore[at - 1];
				bestPosition[at] = bestPosition[at - 1];
				at--;
			}
			bestScore[at] = score;
			bestPosition[at] = i;
		}
		List<Scored> out = new ArrayList<>(size);
		for (int k = 0; k < size; k++) {
			out.add(score(me, index.all[bestPosition[k]]));
		}
		return out;
	}

	private static boolean better(int score, long id, int thanScore, long thanId) {
		return score > thanScore || score == thanScore && id < thanId;
	}

	/** The tie points of a candidate in each of the index's places, for this company. */
	private int[] tiePoints(Features me, CandidateIndex index) {
		int[] out = new int[index.places.length];
		for (int p = 0; p < out.length; p++) {
			long place = index.places[p];
			if (place == me.placeId()) {
				continue;
			}
			TieMap.Tie tie = ties.between(place, me.placeId());
			if (tie != null) {
				out[p] = tie.active() ? 15 : 5;
			}
			else if (ties.sharedHome(place, me.placeId()) != null) {
				out[p] = 5;
			}
		}
		return out;
	}

	public Scored score(Features me, Features c) {
		List<Part> parts = new ArrayList<>(6);
		int complement = hs(parts, "SELLS_WHAT_YOU_SEEK", me.buys(), c.sells(), 30, 15, 2);
		complement += hs(parts, "SEEKS_WHAT_YOU_SELL", c.buys(), me.sells(), 25, 12, 2);
		complement += offerings(parts, "OFFERS_WHAT_YOU_SEEK", c.offers() & me.seeks(), 15, 30);
		complement += offerings(parts, "SEEKS_WHAT_YOU_OFFER", me.offers() & c.seeks(), 10, 20);
		if (complement == 0) {
			return null;
		}
		int shared = Integer.bitCount(me.isic() & c.isic());
		if (shared > 0) {
			int sections = me.isic() & c.isic();
			parts.add(new Part("SAME_SECTOR", Math.min(10, 5 * shared),
					List.of(String.valueOf((char) ('A' + Integer.numberOfTrailingZeros(sections))))));
		}
		if (me.inMarkets(c)) {
			parts.add(new Part("IN_YOUR_MARKET", 10, List.of(c.countryCode())));
		}
		if (c.inMarkets(me)) {
			parts.add(new Part("TARGETS_YOUR_MARKET", 8, List.of(me.countryCode())));
		}
		String language = sharedLanguage(me, c);
		if (language != null) {
			parts.add(new Part("SHARED_LANGUAGE", 10, List.of(language)));
		}
		tie(parts, me, c);
		if (c.responseRate() >= 0) {
			int points = (int) Math.round(10 * c.responseRate());
			if (points > 0) {
				parts.add(new Part("RESPONSIVE", points, List.of(String.valueOf(Math.round(100 * c.responseRate())))));
			}
		}
		int score = parts.stream().mapToInt(Part::points).sum();
		if (score < MIN_SCORE) {
			return null;
		}
		parts.sort(Comparator.comparingInt(Part::points).reversed());
		return new Scored(c, score, List.copyOf(parts));
	}

	private void tie(List<Part> parts, Features me, Features c) {
		if (me.placeId() == c.placeId()) {
			return;
		}
		TieMap.Tie tie = ties.between(c.placeId(), me.placeId());
		if (tie != null) {
			parts.add(new Part(tie.active() ? "PARTNER_CITY" : "DORMANT_PARTNER_CITY", tie.active() ? 15 : 5,
					List.of(tie.name(), tie.kindName(), tie.otherName())));
			return;
		}
		String home = ties.sharedHome(c.placeId(), me.placeId());
		if (home != null) {
			parts.add(new Part("SAME_NETWORK", 5, List.of(ties.name(c.placeId()), ties.name(me.placeId()), home)));
		}
	}

	/**
	 * Points for the best few HS matches: a heading (4 digits) match counts more than a
	 * chapter match.
	 */
	private static int hs(List<Part> parts, String code, String[] wanted, String[] offered, int heading, int chapter,
			int maxMatches) {
		int total = 0;
		int matches = 0;
		for (String want : wanted) {
			for (String have : offered) {
				int common = Math.min(want.length(), have.length());
				if (matches < maxMatches && want.regionMatches(0, have, 0, common)) {
					int points = common >= 4 ? heading : chapter;
					String shown = want.length() >= have.length() ? want : have;
					parts.add(new Part(code, points, List.of(shown.length() > 4 ? shown.substring(0, 4) : shown)));
					total += points;
					matches++;
					break;
				}
			}
		}
		return total;
	}

	private static int offerings(List<Part> parts, String code, int bits, int each, int max) {
		int total = 0;
		for (Offering offering : Offering.values()) {
			if ((bits & (1 << offering.ordinal())) != 0 && total < max) {
				parts.add(new Part(code, each, List.of(offering.name())));
				total += each;
			}
		}
		return total;
	}

	/**
	 * A shared language, preferring one other than English (a stronger signal between
	 * non-native speakers).
	 */
	private static String sharedLanguage(Features me, Features c) {
		if ((me.languages0() & c.languages0()) == 0 && (me.languages1() & c.languages1()) == 0
				&& (me.languages2() & c.languages2()) == 0) {
			return null;
		}
		String found = null;
		for (String mine : me.languageCodes()) {
			for (String theirs : c.languageCodes()) {
				if (mine.equals(theirs) && (found == null || "en".equals(found))) {
					found = mine;
				}
			}
		}
		return found;
	}

}

package org.twinport.matchmaking.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.twinport.matchmaking.Offering;

/**
 * Scores a candidate for a company as a sum of explainable parts. Complementarity (what one sells the other seeks,
 * what one offers the other looks for) is required: without it, shared languages or cities alone make no match.
 * Points are set so that one concrete product match outweighs any mix of soft signals.
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

	/** The best {@code limit} candidates, highest score first (ties by id), skipping the excluded ids. */
	public List<Scored> top(Features me, Collection<Features> candidates, Set<Long> excluded, int limit) {
		PriorityQueue<Scored> best = new PriorityQueue<>(ORDER.reversed());
		for (Features candidate : candidates) {
			if (candidate.id() == me.id() || excluded.contains(candidate.id())) {
				continue;
			}
			int quick = quickScore(me, candidate);
			if (quick == 0 || (best.size() == limit && quick + SOFT_MAX < best.peek().score())) {
				continue;
			}
			Scored scored = score(me, candidate);
			if (scored != null) {
				best.add(scored);
				if (best.size() > limit) {
					best.poll();
				}
			}
		}
		List<Scored> out = new ArrayList<>(best);
		out.sort(ORDER);
		return out;
	}

	private static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::score)
		.reversed()
		.thenComparingLong(s -> s.candidate().id());

	/** The most the soft signals (sectors, markets, language, ties, responsiveness) can add. */
	private static final int SOFT_MAX = 10 + 18 + 10 + 15 + 10;

	/** An upper estimate of the complementarity points from bit sets alone; 0 means no match at all. */
	private static int quickScore(Features me, Features c) {
		int points = 0;
		if ((me.buysChapters0() & c.sellsChapters0()) != 0 || (me.buysChapters1() & c.sellsChapters1()) != 0) {
			points += 60;
		}
		if ((c.buysChapters0() & me.sellsChapters0()) != 0 || (c.buysChapters1() & me.sellsChapters1()) != 0) {
			points += 50;
		}
		points += 15 * Integer.bitCount(c.offers() & me.seeks()) + 10 * Integer.bitCount(me.offers() & c.seeks());
		return points;
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

	/** Points for the best few HS matches: a heading (4 digits) match counts more than a chapter match. */
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

	/** A shared language, preferring one other than English (a stronger signal between non-native speakers). */
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

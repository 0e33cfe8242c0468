package org.twinport.matchmaking.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
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
	 * excluded ids. Candidates are visited by a cheap upper estimate of their score,
	 * highest first (a counting sort: the estimate takes few values), and the visit stops
	 * once no remaining candidate can beat the current last of the top.
	 */
	public List<Scored> top(Features me, Collection<Features> candidates, Set<Long> excluded, int limit) {
		Features[] all = candidates.toArray(Features[]::new);
		int[] quick = new int[all.length];
		int[] buckets = new int[QUICK_MAX + 2];
		for (int i = 0; i < all.length; i++) {
			Features candidate = all[i];
			if (candidate.id() != me.id() && !excluded.contains(candidate.id())) {
				quick[i] = Math.min(QUICK_MAX, quickScore(me, candidate));
				buckets[quick[i]]++;
			}
		}
		int[] start = new int[QUICK_MAX + 2];
		for (int q = QUICK_MAX - 1; q >= 0; q--) {
			start[q] = start[q + 1] + buckets[q + 1];
		}
		int[] order = new int[all.length];
		int[] next = start.clone();
		for (int i = 0; i < all.length; i++) {
			if (quick[i] > 0) {
				order[next[quick[i]]++] = i;
			}
		}
		int visits = start[0];
		PriorityQueue<Scored> best = new PriorityQueue<>(ORDER.reversed());
		for (int k = 0; k < visits; k++) {
			int i = order[k];
			if (best.size() == limit && quick[i] + SOFT_MAX < best.peek().score()) {
				break;
			}
			Scored scored = score(me, all[i]);
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

	private static final int QUICK_MAX = 200;

	private static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::score)
		.reversed()
		.thenComparingLong(s -> s.candidate().id());

	/**
	 * The most the soft signals (sectors, markets, language, ties, responsiveness) can
	 * add.
	 */
	private static final int SOFT_MAX = 10 + 18 + 10 + 15 + 10;

	/**
	 * The complementarity points exactly, without building reasons: bit sets first, the
	 * HS codes only when chapters meet. 0 means no match at all.
	 */
	private static int quickScore(Features me, Features c) {
		int points = 0;
		if ((me.buysChapters0() & c.sellsChapters0()) != 0 || (me.buysChapters1() & c.sellsChapters1()) != 0) {
			points += hsPoints(me.buys(), c.sells(), 30, 15, 2);
		}
		if ((c.buysChapters0() & me.sellsChapters0()) != 0 || (c.buysChapters1() & me.sellsChapters1()) != 0) {
			points += hsPoints(c.buys(), me.sells(), 25, 12, 2);
		}
		points += Math.min(30, 15 * Integer.bitCount(c.offers() & me.seeks()));
		points += Math.min(20, 10 * Integer.bitCount(me.offers() & c.seeks()));
		return points;
	}

	private static int hsPoints(String[] wanted, String[] offered, int heading, int chapter, int maxMatches) {
		int total = 0;
		int matches = 0;
		for (String want : wanted) {
			for (String have : offered) {
				int common = Math.min(want.length(), have.length());
				if (matches < maxMatches && want.regionMatches(0, have, 0, common)) {
					total += common >= 4 ? heading : chapter;
					matches++;
					break;
				}
			}
		}
		return total;
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

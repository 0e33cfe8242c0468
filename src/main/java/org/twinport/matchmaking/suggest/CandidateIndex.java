package org.twinport.matchmaking.suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverted indexes over every company's features: who sells and who seeks in each HS
 * chapter, who offers and who seeks each kind of partner. A company's candidates are the
 * union of the postings that can give complementarity points (without them there is no
 * match), so a query never touches companies that share nothing with it. Immutable once
 * built; queries may run in parallel.
 */
public final class CandidateIndex {

	private static final int CHAPTERS = 128;

	private static final int OFFERINGS = 32;

	final Features[] all;

	final long[] ids;

	/** Each company's place as an index into {@link #places}. */
	final int[] placeOf;

	final long[] places;

	/** Points for responsiveness, precomputed (0 when too few answers to tell). */
	final int[] responsive;

	// The features again as flat primitive arrays, so that scoring a candidate reads a
	// few adjacent words instead of following a dozen references.
	private final long[] sellsChapters;

	private final long[] buysChapters;

	private final int[] isic;

	private final int[] offers;

	private final int[] seeks;

	private final long[] markets;

	private final int[] country;

	private final long[] languages;

	/** HS codes as {@link HsCodes#code(String)}, each company's from {@code sellsAt[i]}. */
	private final int[] sellsCodes;

	private final int[] sellsAt;

	private final int[] buysCodes;

	private final int[] buysAt;

	private final int[][] sellers;

	private final int[][] seekers;

	private final int[][] offerers;

	private final int[][] wanters;

	/**
	 * Per thread: the candidates found, and the stamp each company was last seen with.
	 */
	private final ThreadLocal<Scratch> scratch;

	private static final class Scratch {

		final int[] out;

		final int[] seen;

		int stamp;

		Scratch(int n) {
			this.out = new int[n + 1];
			this.seen = new int[n];
		}

		int next() {
			if (++stamp == Integer.MAX_VALUE) {
				java.util.Arrays.fill(seen, 0);
				stamp = 1;
			}
			return stamp;
		}

	}

	public CandidateIndex(Collection<Features> companies) {
		this.all = companies.toArray(Features[]::new);
		int n = all.length;
		this.ids = new long[n];
		this.placeOf = new int[n];
		this.responsive = new int[n];
		this.sellsChapters = new long[2 * n];
		this.buysChapters = new long[2 * n];
		this.isic = new int[n];
		this.offers = new int[n];
		this.seeks = new int[n];
		this.markets = new long[4 * n];
		this.country = new int[n];
		this.languages = new long[3 * n];
		this.sellsAt = new int[n + 1];
		this.buysAt = new int[n + 1];
		int sellsTotal = 0;
		int buysTotal = 0;
		for (Features f : all) {
			sellsTotal += f.sells().length;
			buysTotal += f.buys().length;
		}
		this.sellsCodes = new int[sellsTotal];
		this.buysCodes = new int[buysTotal];
		Map<Long, Integer> placeIndex = new HashMap<>();
		List<List<Integer>> sells = lists(CHAPTERS);
		List<List<Integer>> buys = lists(CHAPTERS);
		List<List<Integer>> offering = lists(OFFERINGS);
		List<List<Integer>> seeking = lists(OFFERINGS);
		for (int i = 0; i < n; i++) {
			Features f = all[i];
			ids[i] = f.id();
			placeOf[i] = placeIndex.computeIfAbsent(f.placeId(), k -> placeIndex.size());
			responsive[i] = f.responseRate() < 0 ? 0 : (int) Math.round(10 * f.responseRate());
			post(sells, f.sellsChapters0(), f.sellsChapters1(), i);
			post(buys, f.buysChapters0(), f.buysChapters1(), i);
			post(offering, f.offers(), 0, i);
			post(seeking, f.seeks(), 0, i);
			sellsChapters[2 * i] = f.sellsChapters0();
			sellsChapters[2 * i + 1] = f.sellsChapters1();
			buysChapters[2 * i] = f.buysChapters0();
			buysChapters[2 * i + 1] = f.buysChapters1();
			isic[i] = f.isic();
			offers[i] = f.offers();
			seeks[i] = f.seeks();
			System.arraycopy(f.markets(), 0, markets, 4 * i, 4);
			country[i] = countryIndex(f);
			languages[3 * i] = f.languages0();
			languages[3 * i + 1] = f.languages1();
			languages[3 * i + 2] = f.languages2();
			sellsAt[i + 1] = HsCodes.copy(f.sells(), sellsCodes, sellsAt[i]);
			buysAt[i + 1] = HsCodes.copy(f.buys(), buysCodes, buysAt[i]);
		}
		this.places = new long[placeIndex.size()];
		placeIndex.forEach((place, index) -> places[index] = place);
		this.sellers = arrays(sells);
		this.seekers = arrays(buys);
		this.offerers = arrays(offering);
		this.wanters = arrays(seeking);
		this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
	}

	public int size() {
		return all.length;
	}

	/**
	 * The positions of the companies that can complement {@code me}: each once, in no
	 * particular order. The returned array is the calling thread's scratch space, valid
	 * until its next call; its first element is the count.
	 */
	int[] candidates(Features me) {
		Scratch s = scratch.get();
		int stamp = s.next();
		int count = 0;
		count = collect(sellers, me.buysChapters0(), me.buysChapters1(), s.seen, stamp, s.out, count);
		count = collect(seekers, me.sellsChapters0(), me.sellsChapters1(), s.seen, stamp, s.out, count);
		count = collect(offerers, me.seeks(), 0, s.seen, stamp, s.out, count);
		count = collect(wanters, me.offers(), 0, s.seen, stamp, s.out, count);
		s.out[0] = count;
		return s.out;
	}

	/** A company asking, in the same flat form as the indexed companies. */
	static final class Query {

		final Features me;

		final int[] sells;

		final int[] buys;

		final int country;

		Query(Features me) {
			this.me = me;
			this.sells = HsCodes.packed(me.sells());
			this.buys = HsCodes.packed(me.buys());
			this.country = countryIndex(me);
		}

	}

	/**
	 * The candidate's complementarity points for the query, exactly as
	 * {@link MatchScorer#score} counts them; 0 when there is none.
	 */
	int complement(Query q, int i) {
		Features me = q.me;
		int points = 0;
		if ((me.buysChapters0() & sellsChapters[2 * i]) != 0 || (me.buysChapters1() & sellsChapters[2 * i + 1]) != 0) {
			points += HsCodes.points(q.buys, 0, q.buys.length, sellsCodes, sellsAt[i], sellsAt[i + 1], 30, 15);
		}
		if ((buysChapters[2 * i] & me.sellsChapters0()) != 0 || (buysChapters[2 * i + 1] & me.sellsChapters1()) != 0) {
			points += HsCodes.points(buysCodes, buysAt[i], buysAt[i + 1], q.sells, 0, q.sells.length, 25, 12);
		}
		points += Math.min(30, 15 * Integer.bitCount(offers[i] & me.seeks()));
		points += Math.min(20, 10 * Integer.bitCount(me.offers() & seeks[i]));
		return points;
	}

	/** Sectors, markets both ways and a shared language. */
	int soft(Query q, int i) {
		Features me = q.me;
		int points = Math.min(10, 5 * Integer.bitCount(me.isic() & isic[i]));
		int theirs = country[i];
		if (theirs >= 0 && (me.markets()[theirs >>> 6] & 1L << (theirs & 63)) != 0) {
			points += 10;
		}
		if (q.country >= 0 && (markets[4 * i + (q.country >>> 6)] & 1L << (q.country & 63)) != 0) {
			points += 8;
		}
		if ((me.languages0() & languages[3 * i]) != 0 || (me.languages1() & languages[3 * i + 1]) != 0
				|| (me.languages2() & languages[3 * i + 2]) != 0) {
			points += 10;
		}
		return points;
	}

	/** The position of the company's country bit, or -1. */
	private static int countryIndex(Features f) {
		long[] words = { f.country0(), f.country1(), f.country2(), f.country3() };
		for (int w = 0; w < words.length; w++) {
			if (words[w] != 0) {
				return w * 64 + Long.numberOfTrailingZeros(words[w]);
			}
		}
		return -1;
	}

	private static int collect(int[][] postings, long bits0, long bits1, int[] seen, int stamp, int[] out, int count) {
		for (int word = 0; word < 2; word++) {
			long bits = word == 0 ? bits0 : bits1;
			while (bits != 0) {
				int key = word * 64 + Long.numberOfTrailingZeros(bits);
				bits &= bits - 1;
				for (int i : postings[key]) {
					if (seen[i] != stamp) {
						seen[i] = stamp;
						out[++count] = i;
					}
				}
			}
		}
		return count;
	}

	private static void post(List<List<Integer>> postings, long bits0, long bits1, int i) {
		for (int word = 0; word < 2; word++) {
			long bits = word == 0 ? bits0 : bits1;
			while (bits != 0) {
				int key = word * 64 + Long.numberOfTrailingZeros(bits);
				bits &= bits - 1;
				if (key < postings.size()) {
					postings.get(key).add(i);
				}
			}
		}
	}

	private static List<List<Integer>> lists(int size) {
		List<List<Integer>> out = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			out.add(new ArrayList<>());
		}
		return out;
	}

	private static int[][] arrays(List<List<Integer>> lists) {
		int[][] out = new int[lists.size()][];
		for (int i = 0; i < out.length; i++) {
			out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
		}
		return out;
	}

}

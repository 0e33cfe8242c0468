package org.twinport.matchmaking.suggest;

/**
 * HS codes of 2, 4 or 6 digits packed into one int each (the number times 8 plus its
 * length), and the HS points of {@link CandidateIndex} counted on them without a string.
 */
final class HsCodes {

	private static final int[] POWERS = { 1, 10, 100, 1000, 10_000, 100_000, 1_000_000 };

	private HsCodes() {
	}

	/**
	 * Points for the best two HS matches (the same rule as the reasons): a shared heading
	 * counts more than a shared chapter.
	 */
	static int points(int[] wanted, int wantedFrom, int wantedTo, int[] offered, int offeredFrom, int offeredTo,
			int heading, int chapter) {
		int total = 0;
		int matches = 0;
		for (int w = wantedFrom; w < wantedTo && matches < 2; w++) {
			int want = wanted[w];
			for (int o = offeredFrom; o < offeredTo; o++) {
				int have = offered[o];
				int common = Math.min(want & 7, have & 7);
				if (prefix(want, common) == prefix(have, common)) {
					total += common >= 4 ? heading : chapter;
					matches++;
					break;
				}
			}
		}
		return total;
	}

	/** An HS code of 2, 4 or 6 digits as its number times 8 plus its length. */
	static int code(String hs) {
		return Integer.parseInt(hs) * 8 + hs.length();
	}

	private static int prefix(int code, int digits) {
		return (code >>> 3) / POWERS[(code & 7) - digits];
	}

	/** The codes packed, in their order. */
	static int[] packed(String[] codes) {
		int[] out = new int[codes.length];
		copy(codes, out, 0);
		return out;
	}

	/** Packs the codes into {@code into} from {@code at}; returns the position after them. */
	static int copy(String[] codes, int[] into, int at) {
		for (String c : codes) {
			into[at++] = code(c);
		}
		return at;
	}

}

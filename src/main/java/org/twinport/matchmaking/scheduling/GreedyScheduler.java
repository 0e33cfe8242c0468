package org.twinport.matchmaking.scheduling;

/**
 * First fit: keeps each request's current slot when it is still valid, then puts every
 * other request, in order, into the earliest slot where both sides are available and
 * free, under their limit, and a table is left. The baseline the solver is measured
 * against, and the solver's starting point.
 */
public final class GreedyScheduler {

	private GreedyScheduler() {
	}

	public static Solution solve(Problem p) {
		long started = System.nanoTime();
		int[] slotOf = new int[p.requests()];
		java.util.Arrays.fill(slotOf, -1);
		boolean[][] busy = new boolean[p.participants()][p.slots()];
		int[] count = new int[p.participants()];
		int[] load = new int[p.slots()];
		for (int r = 0; r < p.requests(); r++) {
			int t = p.current()[r];
			if (t >= 0 && t < p.slots() && fits(p, r, t, busy, count, load)) {
				place(p, r, t, slotOf, busy, count, load);
			}
		}
		for (int r = 0; r < p.requests(); r++) {
			if (slotOf[r] >= 0) {
				continue;
			}
			for (int t = 0; t < p.slots(); t++) {
				if (fits(p, r, t, busy, count, load)) {
					place(p, r, t, slotOf, busy, count, load);
					break;
				}
			}
		}
		return Solution.of(p, slotOf, "GREEDY", (System.nanoTime() - started) / 1_000_000);
	}

	private static boolean fits(Problem p, int r, int t, boolean[][] busy, int[] count, int[] load) {
		int a = p.a()[r];
		int b = p.b()[r];
		return p.common(r, t) && !busy[a][t] && !busy[b][t] && count[a] < p.maxPerParticipant()
				&& count[b] < p.maxPerParticipant() && load[t] < p.capacity()[t];
	}

	private static void place(Problem p, int r, int t, int[] slotOf, boolean[][] busy, int[] count, int[] load) {
		slotOf[r] = t;
		busy[p.a()[r]][t] = true;
		busy[p.b()[r]][t] = true;
		count[p.a()[r]]++;
		count[p.b()[r]]++;
		load[t]++;
	}

}

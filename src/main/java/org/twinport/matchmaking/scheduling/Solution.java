package org.twinport.matchmaking.scheduling;

/**
 * @param slotOf the slot of each request, -1 when not placed
 * @param moved requests that had a slot before and now sit elsewhere or nowhere
 * @param gaps idle gaps: for each participant and day, the runs of meetings minus one
 * @param status the solver's status (OPTIMAL, FEASIBLE) or GREEDY
 */
public record Solution(int[] slotOf, int placed, int moved, int gaps, String status, long millis) {

	static Solution of(Problem problem, int[] slotOf, String status, long millis) {
		int placed = 0;
		int moved = 0;
		for (int r = 0; r < slotOf.length; r++) {
			if (slotOf[r] >= 0) {
				placed++;
			}
			if (problem.current()[r] >= 0 && problem.current()[r] != slotOf[r]) {
				moved++;
			}
		}
		return new Solution(slotOf, placed, moved, gaps(problem, slotOf), status, millis);
	}

	static int gaps(Problem problem, int[] slotOf) {
		boolean[][] busy = new boolean[problem.participants()][problem.slots()];
		for (int r = 0; r < slotOf.length; r++) {
			if (slotOf[r] >= 0) {
				busy[problem.a()[r]][slotOf[r]] = true;
				busy[problem.b()[r]][slotOf[r]] = true;
			}
		}
		int gaps = 0;
		for (boolean[] row : busy) {
			int lastBusy = -1;
			for (int t = 0; t < row.length; t++) {
				if (row[t]) {
					if (lastBusy >= 0 && lastBusy < t - 1 && problem.slotDay()[lastBusy] == problem.slotDay()[t]) {
						gaps++;
					}
					lastBusy = t;
				}
			}
		}
		return gaps;
	}

}

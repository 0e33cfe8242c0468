package org.twinport.matchmaking.scheduling;

/**
 * A bound no schedule can beat: the least of (1) the requests whose two sides share an
 * available slot, (2) half the sum over participants of min(limit, available slots,
 * placeable requests), since each meeting uses two of those, and (3) the tables over all
 * slots.
 */
public final class UpperBound {

	private UpperBound() {
	}

	public static long of(Problem p) {
		int[] degree = new int[p.participants()];
		long placeable = 0;
		for (int r = 0; r < p.requests(); r++) {
			for (int t = 0; t < p.slots(); t++) {
				if (p.common(r, t)) {
					placeable++;
					degree[p.a()[r]]++;
					degree[p.b()[r]]++;
					break;
				}
			}
		}
		long ends = 0;
		for (int q = 0; q < p.participants(); q++) {
			int slots = 0;
			for (int t = 0; t < p.slots(); t++) {
				slots += p.free(q, t) ? 1 : 0;
			}
			ends += Math.min(p.maxPerParticipant(), Math.min(slots, degree[q]));
		}
		long tables = 0;
		for (int c : p.capacity()) {
			tables += c;
		}
		return Math.min(placeable, Math.min(ends / 2, tables));
	}

}

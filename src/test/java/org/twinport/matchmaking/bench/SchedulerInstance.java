package org.twinport.matchmaking.bench;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.twinport.matchmaking.scheduling.Problem;

/**
 * A seeded, realistic scheduling instance: popular companies are asked more (a skewed
 * pick), 70% of participants attend both days and 15% each only one, and half of the
 * attended days have a gap of 2 to 5 slots (a talk to give, a stand to staff).
 */
public final class SchedulerInstance {

	private SchedulerInstance() {
	}

	public static Problem generate(int participants, int requests, int days, int slotsPerDay, int tablesPerSlot,
			int maxPerParticipant, long seed) {
		Random random = new Random(seed);
		int slots = days * slotsPerDay;
		int[] slotDay = new int[slots];
		for (int t = 0; t < slots; t++) {
			slotDay[t] = t / slotsPerDay;
		}
		long[][] available = new long[participants][(slots + 63) / 64];
		for (int p = 0; p < participants; p++) {
			double attend = random.nextDouble();
			for (int d = 0; d < days; d++) {
				boolean here = days == 1 || attend < 0.7 || (attend < 0.85 ? d % 2 == 0 : d % 2 == 1);
				if (!here) {
					continue;
				}
				int gapStart = random.nextBoolean() ? random.nextInt(slotsPerDay) : -1;
				int gapLength = 2 + random.nextInt(4);
				for (int s = 0; s < slotsPerDay; s++) {
					if (gapStart >= 0 && s >= gapStart && s < gapStart + gapLength) {
						continue;
					}
					int t = d * slotsPerDay + s;
					available[p][t >>> 6] |= 1L << (t & 63);
				}
			}
		}
		int[] a = new int[requests];
		int[] b = new int[requests];
		Set<Long> pairs = new HashSet<>();
		int r = 0;
		while (r < requests) {
			int from = random.nextInt(participants);
			int to = (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * participants);
			if (from == to || !pairs.add((long) Math.min(from, to) * participants + Math.max(from, to))) {
				continue;
			}
			a[r] = from;
			b[r] = to;
			r++;
		}
		int[] capacity = new int[slots];
		java.util.Arrays.fill(capacity, tablesPerSlot);
		int[] current = new int[requests];
		java.util.Arrays.fill(current, -1);
		return new Problem(participants, slotDay, capacity, available, maxPerParticipant, a, b, current);
	}

}

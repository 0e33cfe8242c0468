package org.twinport.matchmaking.scheduling;

/**
 * A scheduling problem in plain arrays: participants 0..P-1, slots 0..T-1 (each on a
 * day), accepted requests as pairs, availability as one bit set per participant, and the
 * meetings already placed by an earlier run.
 *
 * @param slotDay the day of each slot (gaps are only counted within a day)
 * @param capacity how many meetings each slot can hold: the tables or virtual rooms of
 * the session
 * @param available per participant, bit t set when the participant can meet in slot t
 * @param maxPerParticipant the most meetings any participant gets
 * @param current the slot each request sits in from an earlier run, or -1
 */
public record Problem(int participants, int[] slotDay, int[] capacity, long[][] available, int maxPerParticipant,
		int[] a, int[] b, int[] current) {

	public int slots() {
		return slotDay.length;
	}

	public int requests() {
		return a.length;
	}

	public boolean free(int participant, int slot) {
		return (available[participant][slot >>> 6] & (1L << (slot & 63))) != 0;
	}

	/** True when both sides of request r can meet in slot t. */
	public boolean common(int r, int t) {
		return free(a[r], t) && free(b[r], t);
	}

	/**
	 * A bit set over {@code slots} bits, every bit set: a participant available all the
	 * time.
	 */
	public static long[] always(int slots) {
		long[] bits = new long[(slots + 63) / 64];
		for (int t = 0; t < slots; t++) {
			bits[t >>> 6] |= 1L << (t & 63);
		}
		return bits;
	}

}

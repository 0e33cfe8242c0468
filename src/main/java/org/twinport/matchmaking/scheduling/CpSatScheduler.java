package org.twinport.matchmaking.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.google.ortools.Loader;

/**
 * Places accepted meeting requests in slots with OR-Tools CP-SAT ({@link SubModel}). It
 * starts from the greedy first-fit schedule (which keeps every still-valid slot of an
 * earlier run). A small problem is then solved as one model. A large one (thousands of
 * requests) is improved by large-neighbourhood search: again and again a neighbourhood of
 * related participants is freed, everything else held fixed, and CP-SAT re-solves that
 * part exactly (a whole-problem model of 300,000 Booleans does not even finish presolve
 * in a minute on two cores). Every step is kept only if CP-SAT's answer is at least as
 * good, so the result is never worse than the baseline.
 */
public final class CpSatScheduler {

	/** Up to this many requests the whole problem is one model. */
	static final int WHOLE_MODEL_LIMIT = 300;

	static {
		Loader.loadNativeLibraries();
	}

	private CpSatScheduler() {
	}

	public static Solution solve(Problem p, double seconds, int workers) {
		long started = System.nanoTime();
		long deadline = started + (long) (seconds * 1e9);
		int[] slotOf = GreedyScheduler.solve(p).slotOf().clone();
		if (p.requests() <= WHOLE_MODEL_LIMIT) {
			boolean[] free = new boolean[p.requests()];
			Arrays.fill(free, true);
			String status = SubModel.improve(p, slotOf, free, seconds, workers);
			return Solution.of(p, slotOf, status, (System.nanoTime() - started) / 1_000_000);
		}
		List<List<Integer>> byParticipant = byParticipant(p);
		boolean[] placeable = new boolean[p.requests()];
		for (int r = 0; r < p.requests(); r++) {
			for (int t = 0; t < p.slots() && !placeable[r]; t++) {
				placeable[r] = p.common(r, t);
			}
		}
		Random random = new Random(11);
		int rounds = 0;
		int improved = 0;
		int size = 20;
		while (System.nanoTime() < deadline - 200_000_000L) {
			boolean[] free = neighbourhood(p, byParticipant, pickSeed(p, slotOf, placeable, random), random, size);
			double left = (deadline - System.nanoTime()) / 1e9;
			long before = score(p, slotOf);
			String status = SubModel.improve(p, slotOf, free, Math.min(0.3, left), workers);
			rounds++;
			if (score(p, slotOf) > before) {
				improved++;
			}
			else if (!status.equals("OPTIMAL")) {
				size = Math.max(8, size - 4);
			}
			else {
				size = Math.min(150, size + 4);
			}
		}
		return Solution.of(p, slotOf, "CP-SAT LNS (" + rounds + " neighbourhoods, " + improved + " improved)",
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Placed meetings only: a cheap progress measure for adapting the neighbourhood size.
	 */
	private static long score(Problem p, int[] slotOf) {
		long placed = 0;
		for (int s : slotOf) {
			placed += s >= 0 ? 1 : 0;
		}
		return placed;
	}

	/**
	 * A seed participant and, breadth first, the participants its requests lead to, until
	 * {@code size}; every request touching one of them is freed. Related participants are
	 * what a better schedule has to move together.
	 */
	private static boolean[] neighbourhood(Problem p, List<List<Integer>> byParticipant, int seed, Random random,
			int size) {
		boolean[] chosen = new boolean[p.participants()];
		List<Integer> queue = new ArrayList<>();
		queue.add(seed);
		chosen[seed] = true;
		int count = 1;
		for (int i = 0; i < queue.size() && count < size; i++) {
			List<Integer> requests = new ArrayList<>(byParticipant.get(queue.get(i)));
			java.util.Collections.shuffle(requests, random);
			for (int r : requests) {
				int other = p.a()[r] == queue.get(i) ? p.b()[r] : p.a()[r];
				if (!chosen[other] && count < size) {
					chosen[other] = true;
					queue.add(other);
					count++;
				}
			}
		}
		boolean[] free = new boolean[p.requests()];
		for (int r = 0; r < p.requests(); r++) {
			free[r] = chosen[p.a()[r]] || chosen[p.b()[r]];
		}
		return free;
	}

	/**
	 * Half the time a participant with an unplaced request (where gains are), otherwise
	 * anyone.
	 */
	private static int pickSeed(Problem p, int[] slotOf, boolean[] placeable, Random random) {
		if (random.nextBoolean()) {
			int start = random.nextInt(p.requests());
			for (int i = 0; i < p.requests(); i++) {
				int r = (start + i) % p.requests();
				if (slotOf[r] < 0 && placeable[r]) {
					return random.nextBoolean() ? p.a()[r] : p.b()[r];
				}
			}
		}
		return random.nextInt(p.participants());
	}

	private static List<List<Integer>> byParticipant(Problem p) {
		List<List<Integer>> out = new ArrayList<>(p.participants());
		for (int q = 0; q < p.participants(); q++) {
			out.add(new ArrayList<>());
		}
		for (int r = 0; r < p.requests(); r++) {
			out.get(p.a()[r]).add(r);
			out.get(p.b()[r]).add(r);
		}
		return out;
	}

}

package org.twinport.matchmaking.bench;

import java.util.Arrays;
import java.util.Random;

import org.twinport.matchmaking.scheduling.CpSatScheduler;
import org.twinport.matchmaking.scheduling.GreedyScheduler;
import org.twinport.matchmaking.scheduling.Problem;
import org.twinport.matchmaking.scheduling.Solution;
import org.twinport.matchmaking.scheduling.UpperBound;

/**
 * The scheduler benchmark of issue 7: CP-SAT against the greedy first-fit baseline and an
 * upper bound, all in one run, then a late change (5% of participants lose half a day)
 * re-solved to count moved meetings. Run with {@code bench/matchmaking/run.sh};
 * arguments: participants requests days slotsPerDay tables maxPerParticipant seconds.
 */
public final class MatchmakingBenchmark {

	public static void main(String[] args) {
		int participants = arg(args, 0, 2000);
		int requests = arg(args, 1, 12000);
		int days = arg(args, 2, 2);
		int slotsPerDay = arg(args, 3, 16);
		int tables = arg(args, 4, 400);
		int max = arg(args, 5, 16);
		int seconds = arg(args, 6, 45);
		System.out.printf("instance: %d participants, %d accepted requests, %d days x %d slots, %d tables per slot, "
				+ "at most %d meetings each%n", participants, requests, days, slotsPerDay, tables, max);
		Problem problem = SchedulerInstance.generate(participants, requests, days, slotsPerDay, tables, max, 20261129L);
		long boundStart = System.nanoTime();
		long bound = UpperBound.of(problem);
		System.out.printf("upper bound: %d (computed in %d ms)%n", bound, (System.nanoTime() - boundStart) / 1_000_000);
		Solution greedy = GreedyScheduler.solve(problem);
		report("greedy first-fit", greedy, bound);
		Solution solved = CpSatScheduler.solve(problem, seconds, Integer.getInteger("cpsat.workers", 2));
		report("CP-SAT", solved, bound);

		Problem changed = lateChange(problem, solved.slotOf(), 0.05);
		Solution greedyAgain = GreedyScheduler.solve(changed);
		report("late change, greedy (keeps valid slots)", greedyAgain, UpperBound.of(changed));
		Solution again = CpSatScheduler.solve(changed, Math.max(5, seconds / 3),
				Integer.getInteger("cpsat.workers", 2));
		report("late change, CP-SAT re-run", again, UpperBound.of(changed));
	}

	/**
	 * A share of participants lose the first half of a day they attend; the earlier
	 * schedule becomes the current one.
	 */
	static Problem lateChange(Problem p, int[] slotOf, double share) {
		Random random = new Random(42);
		long[][] available = new long[p.participants()][];
		int perDay = (int) Arrays.stream(p.slotDay()).filter(d -> d == 0).count();
		int changedCount = 0;
		for (int q = 0; q < p.participants(); q++) {
			available[q] = p.available()[q].clone();
			if (random.nextDouble() < share) {
				changedCount++;
				int day = random.nextInt(p.slotDay()[p.slots() - 1] + 1);
				for (int s = 0; s < perDay / 2; s++) {
					int t = day * perDay + s;
					available[q][t >>> 6] &= ~(1L << (t & 63));
				}
			}
		}
		System.out.printf("late change: %d participants lost half a day%n", changedCount);
		return new Problem(p.participants(), p.slotDay(), p.capacity(), available, p.maxPerParticipant(), p.a(), p.b(),
				slotOf.clone());
	}

	private static void report(String name, Solution s, long bound) {
		System.out.printf("%-40s placed %6d of bound %6d (%5.1f%%), moved %5d, idle gaps %6d, %s, %,d ms%n", name,
				s.placed(), bound, 100.0 * s.placed() / Math.max(1, bound), s.moved(), s.gaps(), s.status(),
				s.millis());
	}

	private static int arg(String[] args, int index, int fallback) {
		return args.length > index ? Integer.parseInt(args[index]) : fallback;
	}

}

package org.twinport.matchmaking.scheduling;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.twinport.matchmaking.bench.SchedulerInstance;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerTest {

	@Test
	void cpSatRespectsEveryConstraintAndIsNeverWorseThanGreedy() {
		Problem problem = SchedulerInstance.generate(40, 160, 2, 8, 12, 6, 3);
		Solution greedy = GreedyScheduler.solve(problem);
		Solution solved = CpSatScheduler.solve(problem, 5, 2);
		assertValid(problem, solved);
		assertValid(problem, greedy);
		assertThat(solved.placed()).isGreaterThanOrEqualTo(greedy.placed())
			.isLessThanOrEqualTo((int) UpperBound.of(problem));
		if (solved.placed() == greedy.placed()) {
			assertThat(solved.gaps()).isLessThanOrEqualTo(greedy.gaps());
		}
	}

	@Test
	void largeProblemsGoThroughNeighbourhoodSearchAndStayValid() {
		Problem problem = SchedulerInstance.generate(150, 700, 2, 8, 40, 8, 5);
		Solution solved = CpSatScheduler.solve(problem, 4, 2);
		assertValid(problem, solved);
		assertThat(solved.placed()).isGreaterThanOrEqualTo(GreedyScheduler.solve(problem).placed());
	}

	@Test
	void reRunningWithoutChangesMovesNothing() {
		Problem problem = SchedulerInstance.generate(30, 90, 1, 10, 10, 5, 9);
		Solution first = CpSatScheduler.solve(problem, 3, 2);
		Problem again = new Problem(problem.participants(), problem.slotDay(), problem.capacity(), problem.available(),
				problem.maxPerParticipant(), problem.a(), problem.b(), first.slotOf().clone());
		Solution second = CpSatScheduler.solve(again, 3, 2);
		assertThat(second.placed()).isGreaterThanOrEqualTo(first.placed());
		// A kept meeting is worth 50 and a placed one 1000: a re-run moves meetings only
		// to place more of them.
		if (second.placed() == first.placed()) {
			assertThat(second.moved()).isZero();
		}
		else {
			assertThat(second.moved()).isLessThanOrEqualTo(20 * (second.placed() - first.placed()));
		}
	}

	@Test
	void aLateChangeMovesOnlyTheMeetingsItBreaks() {
		Problem problem = SchedulerInstance.generate(30, 90, 1, 10, 10, 5, 9);
		Solution first = GreedyScheduler.solve(problem);
		long[][] available = new long[problem.participants()][];
		for (int q = 0; q < available.length; q++) {
			available[q] = problem.available()[q].clone();
		}
		available[0][0] = 0;
		int broken = 0;
		for (int r = 0; r < problem.requests(); r++) {
			broken += first.slotOf()[r] >= 0 && (problem.a()[r] == 0 || problem.b()[r] == 0) ? 1 : 0;
		}
		Problem changed = new Problem(problem.participants(), problem.slotDay(), problem.capacity(), available,
				problem.maxPerParticipant(), problem.a(), problem.b(), first.slotOf().clone());
		Solution again = CpSatScheduler.solve(changed, 3, 2);
		assertValid(changed, again);
		assertThat(again.placed()).isGreaterThanOrEqualTo(first.placed() - broken);
		// Each meeting placed beyond those kept is worth 1000, a kept one 50: at most 20
		// moves per extra meeting.
		int extra = Math.max(0, again.placed() - (first.placed() - broken));
		assertThat(again.moved()).isLessThanOrEqualTo(broken + 20 * extra);
	}

	@Test
	void theBoundCountsOnlyRequestsBothSidesCanMake() {
		long[] morning = { 0b0011 };
		long[] afternoon = { 0b1100 };
		Problem problem = new Problem(3, new int[] { 0, 0, 0, 0 }, new int[] { 5, 5, 5, 5 },
				new long[][] { morning, afternoon, Problem.always(4) }, 4, new int[] { 0, 0, 1 }, new int[] { 1, 2, 2 },
				new int[] { -1, -1, -1 });
		assertThat(UpperBound.of(problem)).isEqualTo(2);
		assertThat(CpSatScheduler.solve(problem, 2, 1).placed()).isEqualTo(2);
	}

	/**
	 * One meeting per participant and slot, within availability, tables and the
	 * per-participant limit.
	 */
	static void assertValid(Problem p, Solution s) {
		int[][] busy = new int[p.participants()][p.slots()];
		int[] count = new int[p.participants()];
		int[] load = new int[p.slots()];
		for (int r = 0; r < p.requests(); r++) {
			int t = s.slotOf()[r];
			if (t < 0) {
				continue;
			}
			assertThat(p.common(r, t)).as("request %d in slot %d within availability", r, t).isTrue();
			busy[p.a()[r]][t]++;
			busy[p.b()[r]][t]++;
			count[p.a()[r]]++;
			count[p.b()[r]]++;
			load[t]++;
		}
		assertThat(Arrays.stream(busy).flatMapToInt(Arrays::stream).max().orElse(0)).isLessThanOrEqualTo(1);
		assertThat(Arrays.stream(count).max().orElse(0)).isLessThanOrEqualTo(p.maxPerParticipant());
		for (int t = 0; t < p.slots(); t++) {
			assertThat(load[t]).isLessThanOrEqualTo(p.capacity()[t]);
		}
	}

}

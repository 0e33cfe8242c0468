package org.twinport.matchmaking.scheduling;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * Places accepted meeting requests in slots with OR-Tools CP-SAT. One Boolean per request and slot both sides are
 * available in; constraints: a request in one slot at most, a participant in one meeting per slot and in at most N,
 * a slot's meetings within its tables. The objective, weighted so that its parts rank lexicographically in practice:
 * meetings placed (1000 each), then meetings kept where an earlier run put them (50 each, so late changes move few),
 * then fewer runs of meetings per participant and day (1 each: fewer runs means fewer idle gaps). The greedy
 * first-fit schedule is given as a hint, so the solver starts from it and the answer is never worse.
 */
public final class CpSatScheduler {

	private static final long MEETING = 1000;

	private static final long KEEP = 50;

	private static final long RUN = 1;

	static {
		Loader.loadNativeLibraries();
	}

	private CpSatScheduler() {
	}

	public static Solution solve(Problem p, double seconds, int workers) {
		long started = System.nanoTime();
		Solution greedy = GreedyScheduler.solve(p);
		CpModel model = new CpModel();
		int T = p.slots();
		List<List<BoolVar>> perParticipantSlot = new ArrayList<>(p.participants() * T);
		for (int i = 0; i < p.participants() * T; i++) {
			perParticipantSlot.add(null);
		}
		List<List<BoolVar>> perParticipant = new ArrayList<>(p.participants());
		for (int i = 0; i < p.participants(); i++) {
			perParticipant.add(new ArrayList<>());
		}
		List<List<BoolVar>> perSlot = new ArrayList<>(T);
		for (int t = 0; t < T; t++) {
			perSlot.add(new ArrayList<>());
		}
		BoolVar[][] x = new BoolVar[p.requests()][];
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int r = 0; r < p.requests(); r++) {
			x[r] = new BoolVar[T];
			List<BoolVar> options = new ArrayList<>();
			for (int t = 0; t < T; t++) {
				if (!p.common(r, t)) {
					continue;
				}
				BoolVar v = model.newBoolVar("x" + r + "_" + t);
				x[r][t] = v;
				options.add(v);
				add(perParticipantSlot, p.a()[r] * T + t, v);
				add(perParticipantSlot, p.b()[r] * T + t, v);
				perParticipant.get(p.a()[r]).add(v);
				perParticipant.get(p.b()[r]).add(v);
				perSlot.get(t).add(v);
				objective.addTerm(v, p.current()[r] == t ? MEETING + KEEP : MEETING);
				model.addHint(v, greedy.slotOf()[r] == t ? 1 : 0);
			}
			if (options.size() > 1) {
				model.addAtMostOne(options.toArray(BoolVar[]::new));
			}
		}
		for (List<BoolVar> same : perParticipantSlot) {
			if (same != null && same.size() > 1) {
				model.addAtMostOne(same.toArray(BoolVar[]::new));
			}
		}
		for (List<BoolVar> mine : perParticipant) {
			if (mine.size() > p.maxPerParticipant()) {
				model.addLessOrEqual(LinearExpr.sum(mine.toArray(BoolVar[]::new)), p.maxPerParticipant());
			}
		}
		for (int t = 0; t < T; t++) {
			if (perSlot.get(t).size() > p.capacity()[t]) {
				model.addLessOrEqual(LinearExpr.sum(perSlot.get(t).toArray(BoolVar[]::new)), p.capacity()[t]);
			}
		}
		runs(model, p, perParticipantSlot, perParticipant, objective, greedy);
		model.maximize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(Math.max(1, workers)).setRandomSeed(7);
		CpSolverStatus status = solver.solve(model);
		int[] slotOf = new int[p.requests()];
		java.util.Arrays.fill(slotOf, -1);
		if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
			for (int r = 0; r < p.requests(); r++) {
				for (int t = 0; t < T; t++) {
					if (x[r][t] != null && solver.booleanValue(x[r][t])) {
						slotOf[r] = t;
					}
				}
			}
			return Solution.of(p, slotOf, status.name(), (System.nanoTime() - started) / 1_000_000);
		}
		// No answer in time (only on absurd sizes): the greedy schedule is valid, so fall back to it.
		return new Solution(greedy.slotOf(), greedy.placed(), greedy.moved(), greedy.gaps(), "GREEDY_FALLBACK_" + status,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * For every participant with two or more possible meetings: a Boolean per slot that is true where a run of
	 * meetings starts (busy now, not busy in the previous slot of the same day), each costing {@link #RUN}.
	 */
	private static void runs(CpModel model, Problem p, List<List<BoolVar>> perParticipantSlot,
			List<List<BoolVar>> perParticipant, LinearExprBuilder objective, Solution greedy) {
		int T = p.slots();
		boolean[][] hinted = busy(p, greedy.slotOf());
		for (int q = 0; q < p.participants(); q++) {
			if (perParticipant.get(q).size() < 2) {
				continue;
			}
			for (int t = 0; t < T; t++) {
				List<BoolVar> now = perParticipantSlot.get(q * T + t);
				if (now == null) {
					continue;
				}
				boolean dayStart = t == 0 || p.slotDay()[t - 1] != p.slotDay()[t];
				List<BoolVar> before = dayStart ? null : perParticipantSlot.get(q * T + t - 1);
				BoolVar start = model.newBoolVar("s" + q + "_" + t);
				LinearExprBuilder busyNow = LinearExpr.newBuilder();
				now.forEach(l -> busyNow.addTerm(l, 1));
				if (before != null) {
					before.forEach(l -> busyNow.addTerm(l, -1));
				}
				busyNow.addTerm(start, -1);
				model.addLessOrEqual(busyNow, 0);
				objective.addTerm(start, -RUN);
				model.addHint(start, hinted[q][t] && (dayStart || !hinted[q][t - 1]) ? 1 : 0);
			}
		}
	}

	private static boolean[][] busy(Problem p, int[] slotOf) {
		boolean[][] busy = new boolean[p.participants()][p.slots()];
		for (int r = 0; r < slotOf.length; r++) {
			if (slotOf[r] >= 0) {
				busy[p.a()[r]][slotOf[r]] = true;
				busy[p.b()[r]][slotOf[r]] = true;
			}
		}
		return busy;
	}

	private static void add(List<List<BoolVar>> lists, int index, BoolVar literal) {
		List<BoolVar> list = lists.get(index);
		if (list == null) {
			list = new ArrayList<>(2);
			lists.set(index, list);
		}
		list.add(literal);
	}

}

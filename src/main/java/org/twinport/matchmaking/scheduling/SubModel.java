package org.twinport.matchmaking.scheduling;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * One CP-SAT model over the free requests, with every other meeting held where it is.
 * Variables: one Boolean per free request and slot both sides can make, minus slots a
 * side is already busy in or that are full. Constraints: a request in one slot at most; a
 * participant in one meeting per slot and at most N in all; a slot's meetings within its
 * tables. Objective, weighted so its parts rank lexicographically in practice: meetings
 * placed (1000 each), then meetings left where the earlier run put them (50 each: late
 * changes move few), then runs of consecutive meetings per participant and day (1 each:
 * fewer runs, fewer idle gaps). The current schedule is the hint.
 */
final class SubModel {

	static final long MEETING = 1000;

	static final long KEEP = 50;

	static final long RUN = 1;

	private SubModel() {
	}

	/** Re-solves the free requests in place; returns the solver status. */
	static String improve(Problem p, int[] slotOf, boolean[] free, double seconds, int workers) {
		int T = p.slots();
		int P = p.participants();
		boolean[][] fixedBusy = new boolean[P][];
		int[] fixedCount = new int[P];
		int[] fixedLoad = new int[T];
		boolean[] touched = new boolean[P];
		for (int r = 0; r < p.requests(); r++) {
			if (free[r]) {
				touched[p.a()[r]] = true;
				touched[p.b()[r]] = true;
			}
		}
		for (int r = 0; r < p.requests(); r++) {
			if (!free[r] && slotOf[r] >= 0) {
				fixedLoad[slotOf[r]]++;
				for (int q : new int[] { p.a()[r], p.b()[r] }) {
					fixedCount[q]++;
					if (touched[q]) {
						if (fixedBusy[q] == null) {
							fixedBusy[q] = new boolean[T];
						}
						fixedBusy[q][slotOf[r]] = true;
					}
				}
			}
		}
		CpModel model = new CpModel();
		LinearExprBuilder objective = LinearExpr.newBuilder();
		List<BoolVar>[][] perParticipantSlot = lists(P, T, touched);
		List<List<BoolVar>> perSlot = new ArrayList<>();
		for (int t = 0; t < T; t++) {
			perSlot.add(new ArrayList<>());
		}
		List<List<BoolVar>> perParticipant = new ArrayList<>();
		for (int q = 0; q < P; q++) {
			perParticipant.add(touched[q] ? new ArrayList<>() : null);
		}
		List<Integer> freeRequests = new ArrayList<>();
		List<BoolVar[]> vars = new ArrayList<>();
		for (int r = 0; r < p.requests(); r++) {
			if (!free[r]) {
				continue;
			}
			int a = p.a()[r];
			int b = p.b()[r];
			BoolVar[] x = new BoolVar[T];
			List<BoolVar> options = new ArrayList<>();
			for (int t = 0; t < T; t++) {
				if (!p.common(r, t) || busy(fixedBusy, a, t) || busy(fixedBusy, b, t)
						|| fixedLoad[t] >= p.capacity()[t]) {
					continue;
				}
				BoolVar v = model.newBoolVar("");
				x[t] = v;
				options.add(v);
				perParticipantSlot[a][t].add(v);
				perParticipantSlot[b][t].add(v);
				perParticipant.get(a).add(v);
				perParticipant.get(b).add(v);
				perSlot.get(t).add(v);
				objective.addTerm(v, p.current()[r] == t ? MEETING + KEEP : MEETING);
				model.addHint(v, slotOf[r] == t ? 1 : 0);
			}
			if (options.size() > 1) {
				model.addAtMostOne(options.toArray(BoolVar[]::new));
			}
			freeRequests.add(r);
			vars.add(x);
		}
		for (int q = 0; q < P; q++) {
			if (!touched[q]) {
				continue;
			}
			for (int t = 0; t < T; t++) {
				if (perParticipantSlot[q][t].size() > 1) {
					model.addAtMostOne(perParticipantSlot[q][t].toArray(BoolVar[]::new));
				}
			}
			int left = p.maxPerParticipant() - fixedCount[q];
			if (perParticipant.get(q).size() > left) {
				model.addLessOrEqual(LinearExpr.sum(perParticipant.get(q).toArray(BoolVar[]::new)), Math.max(0, left));
			}
			runs(model, p, q, perParticipantSlot[q], fixedBusy[q], objective,
					hintBusy(p, slotOf, q, free, fixedBusy[q]));
		}
		for (int t = 0; t < T; t++) {
			int left = p.capacity()[t] - fixedLoad[t];
			if (perSlot.get(t).size() > left) {
				model.addLessOrEqual(LinearExpr.sum(perSlot.get(t).toArray(BoolVar[]::new)), Math.max(0, left));
			}
		}
		model.maximize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(Math.max(0.05, seconds))
			.setNumWorkers(Math.max(1, workers))
			.setRandomSeed(7)
			// Presolve costs more than it saves on these assignment models: the search
			// starts at once from the hint.
			.setCpModelPresolve(false)
			// Ctrl-C is the JVM's: CP-SAT's own SIGINT handler stays installed in native
			// code after a solve and aborts the whole process (std::bad_function_call)
			// instead of letting it shut down gracefully.
			.setCatchSigintSignal(false)
			.setLogSearchProgress(Boolean.getBoolean("cpsat.log"));
		CpSolverStatus status = solver.solve(model);
		if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
			for (int i = 0; i < freeRequests.size(); i++) {
				int r = freeRequests.get(i);
				slotOf[r] = -1;
				BoolVar[] x = vars.get(i);
				for (int t = 0; t < T; t++) {
					if (x[t] != null && solver.booleanValue(x[t])) {
						slotOf[r] = t;
					}
				}
			}
		}
		return status.name();
	}

	/**
	 * A Boolean per slot that is true where a run of meetings starts for participant q:
	 * busy now (held or free meetings) and not busy in the previous slot of the same day.
	 * Runs wholly fixed are constants and left out.
	 */
	private static void runs(CpModel model, Problem p, int q, List<BoolVar>[] mine, boolean[] fixed,
			LinearExprBuilder objective, boolean[] hint) {
		int T = p.slots();
		for (int t = 0; t < T; t++) {
			boolean dayStart = t == 0 || p.slotDay()[t - 1] != p.slotDay()[t];
			boolean fixedNow = fixed != null && fixed[t];
			boolean fixedBefore = !dayStart && fixed != null && fixed[t - 1];
			if (mine[t].isEmpty() && !(fixedNow && !dayStart && !mine[t - 1].isEmpty())) {
				continue;
			}
			if (fixedBefore) {
				continue;
			}
			BoolVar start = model.newBoolVar("");
			LinearExprBuilder expr = LinearExpr.newBuilder();
			mine[t].forEach(v -> expr.addTerm(v, 1));
			if (!dayStart) {
				mine[t - 1].forEach(v -> expr.addTerm(v, -1));
			}
			expr.addTerm(start, -1);
			model.addLessOrEqual(expr, fixedNow ? -1 : 0);
			objective.addTerm(start, -RUN);
			model.addHint(start, hint[t] && (dayStart || !hint[t - 1]) ? 1 : 0);
		}
	}

	private static boolean[] hintBusy(Problem p, int[] slotOf, int q, boolean[] free, boolean[] fixed) {
		boolean[] busy = fixed == null ? new boolean[p.slots()] : fixed.clone();
		for (int r = 0; r < slotOf.length; r++) {
			if (free[r] && slotOf[r] >= 0 && (p.a()[r] == q || p.b()[r] == q)) {
				busy[slotOf[r]] = true;
			}
		}
		return busy;
	}

	private static boolean busy(boolean[][] fixedBusy, int q, int t) {
		return fixedBusy[q] != null && fixedBusy[q][t];
	}

	@SuppressWarnings("unchecked")
	private static List<BoolVar>[][] lists(int P, int T, boolean[] touched) {
		List<BoolVar>[][] out = new List[P][];
		for (int q = 0; q < P; q++) {
			if (touched[q]) {
				out[q] = new List[T];
				for (int t = 0; t < T; t++) {
					out[q][t] = new ArrayList<>(2);
				}
			}
		}
		return out;
	}

}

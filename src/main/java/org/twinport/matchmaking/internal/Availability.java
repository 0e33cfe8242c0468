package org.twinport.matchmaking.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinport.matchmaking.Window;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Availability windows: each checked (end after start), then sorted and merged where they
 * overlap or touch.
 */
public final class Availability {

	private Availability() {
	}

	public static List<Window> merged(@Nullable List<Window> windows) {
		if (windows == null) {
			return List.of();
		}
		if (windows.size() > 200) {
			throw new InvalidInputException("availability", Reason.of("matchmaking.problem.windows"));
		}
		List<Window> sorted = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			Window w = windows.get(i);
			if (w == null || w.from() == null) {
				throw new InvalidInputException("availability[" + i + "].from", Reason.of("problem.required"));
			}
			if (w.to() == null) {
				throw new InvalidInputException("availability[" + i + "].to", Reason.of("problem.required"));
			}
			if (!w.to().isAfter(w.from())) {
				throw new InvalidInputException("availability[" + i + "].to", Reason.of("matchmaking.problem.afterFrom"));
			}
			sorted.add(w);
		}
		sorted.sort(Comparator.comparing(Window::from));
		List<Window> out = new ArrayList<>();
		for (Window w : sorted) {
			Window last = out.isEmpty() ? null : out.getLast();
			if (last != null && !w.from().isAfter(last.to())) {
				LocalDateTime end = w.to().isAfter(last.to()) ? w.to() : last.to();
				out.set(out.size() - 1, new Window(last.from(), end));
			}
			else {
				out.add(w);
			}
		}
		return out;
	}

	/**
	 * True when the slot lies wholly inside a window; no windows means available all
	 * session.
	 */
	public static boolean covers(List<Window> windows, LocalDateTime start, LocalDateTime end) {
		if (windows.isEmpty()) {
			return true;
		}
		for (Window w : windows) {
			if (!start.isBefore(w.from()) && !end.isAfter(w.to())) {
				return true;
			}
		}
		return false;
	}

}

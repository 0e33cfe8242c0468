package org.twinport.matchmaking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.twinport.matchmaking.RequestMode;
import org.twinport.matchmaking.SessionDraft;
import org.twinport.matchmaking.SessionView;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * The office's session settings form: as a session stands, and read back into a
 * {@link SessionDraft} (numbers as typed, rooms one per line).
 */
final class SessionSettingsForm {

	private SessionSettingsForm() {
	}

	/** The settings form as the session stands. */
	static TypedForm of(SessionView session) {
		List<SessionDraft.Day> days = SessionDays.of(session);
		return TypedForm.empty()
			.put("name", session.name())
			.put("timeZone", session.timeZone())
			.put("dayDate", days.stream().map(SessionDraft.Day::date).toList())
			.put("dayStarts", days.stream().map(SessionDraft.Day::start).toList())
			.put("dayEnds", days.stream().map(SessionDraft.Day::end).toList())
			.put("slotMinutes", session.slotMinutes())
			.put("breakMinutes", session.breakMinutes())
			.put("requestMode", session.requestMode())
			.put("maxMeetings", session.maxMeetingsPerParticipant())
			.put("rooms", String.join("\n", session.rooms().stream().map(r -> r.name() + ": " + r.capacity()).toList()));
	}

	static SessionDraft draft(@Nullable Long exchangeId, String name, String timeZone,
			@Nullable List<SessionDraft.Day> days,
			String slotMinutes, String breakMinutes, String requestMode, String maxMeetings, String rooms) {
		RequestMode mode;
		try {
			mode = RequestMode.valueOf(requestMode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("requestMode", Reason.of("matchmaking.problem.requestMode"));
		}
		return new SessionDraft(exchangeId, name, timeZone.isBlank() ? null : timeZone.strip(), days,
				number(slotMinutes, "slotMinutes"), number(breakMinutes, "breakMinutes"), mode,
				number(maxMeetings, "maxMeetingsPerParticipant"), rooms(rooms));
	}

	/**
	 * One room per line: {@code Table 1: 2} (name and how many meetings it holds at
	 * once).
	 */
	static List<SessionDraft.RoomDraft> rooms(String text) {
		List<SessionDraft.RoomDraft> out = new ArrayList<>();
		String[] lines = text.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int colon = line.lastIndexOf(':');
			String name = colon < 0 ? line : line.substring(0, colon).strip();
			Integer capacity = colon < 0 ? 1 : number(line.substring(colon + 1), "rooms[" + i + "].capacity");
			out.add(new SessionDraft.RoomDraft(name, capacity));
		}
		return out;
	}

	static Integer number(String text, String field) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.wholeNumber"));
		}
	}

}

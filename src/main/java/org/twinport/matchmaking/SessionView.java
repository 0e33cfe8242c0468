package org.twinport.matchmaking;

import java.time.Instant;
import java.util.List;

/**
 * A session with its rooms and slots; {@code local} is the slot's start in the session's
 * zone.
 */
public record SessionView(long id, long exchangeId, String exchangeTitle, String name, String timeZone, int slotMinutes,
		int breakMinutes, RequestMode requestMode, int maxMeetingsPerParticipant, List<Room> rooms, List<Slot> slots) {

	public record Room(long id, String name, int capacity) {
	}

	public record Slot(int index, int day, Instant startsAt, Instant endsAt, String local) {
	}

}

package org.twinport.matchmaking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A matchmaking session at an exchange. Slots are cut from each day's window:
 * {@code slotMinutes} of meeting, then {@code breakMinutes} of break, as long as a whole
 * slot fits.
 *
 * @param timeZone IANA zone of the day windows; the exchange's own zone when null
 * @param rooms meeting tables or virtual rooms; {@code capacity} is how many meetings
 * each holds at once
 */
public record SessionDraft(Long exchangeId, String name, String timeZone, List<Day> days, Integer slotMinutes,
		Integer breakMinutes, RequestMode requestMode, Integer maxMeetingsPerParticipant, List<RoomDraft> rooms) {

	public record Day(LocalDate date, LocalTime start, LocalTime end) {
	}

	public record RoomDraft(String name, Integer capacity) {
	}

}

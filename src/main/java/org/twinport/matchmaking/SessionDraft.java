package org.twinport.matchmaking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A matchmaking session at an exchange. Slots are cut from each day's window:
 * {@code slotMinutes} of meeting, then {@code breakMinutes} of break, as long as a whole
 * slot fits.
 * Any part may be null as it arrives (JSON or a form); the service refuses what is missing.
 *
 * @param timeZone IANA zone of the day windows; the exchange's own zone when null
 * @param rooms meeting tables or virtual rooms; {@code capacity} is how many meetings
 * each holds at once
 */
public record SessionDraft(@Nullable Long exchangeId, @Nullable String name, @Nullable String timeZone,
		@Nullable List<Day> days, @Nullable Integer slotMinutes, @Nullable Integer breakMinutes,
		@Nullable RequestMode requestMode, @Nullable Integer maxMeetingsPerParticipant, @Nullable List<RoomDraft> rooms) {

	public record Day(@Nullable LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end) {
	}

	public record RoomDraft(@Nullable String name, @Nullable Integer capacity) {
	}

}

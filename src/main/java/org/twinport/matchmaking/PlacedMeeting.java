package org.twinport.matchmaking;

/**
 * A meeting the scheduler placed, as the office reads it.
 *
 * @param slot the slot's index in the session
 * @param local the slot's start in the session's zone, {@code 2026-10-20 15:00}
 */
public record PlacedMeeting(long requestId, int slot, String local, String room, long fromCompany, String fromName,
		long toCompany, String toName) {
}

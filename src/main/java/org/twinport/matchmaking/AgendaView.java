package org.twinport.matchmaking;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One company's meetings in a session, each at the company's own local time (its city's
 * zone, daylight saving included) and at the counterpart's.
 */
public record AgendaView(long sessionId, String sessionName, long companyId, String companyName, String timeZone,
		List<Item> items) {

	/**
	 * @param localStart {@code 2026-10-20 10:00} in the company's zone
	 */
	public record Item(long requestId, int slot, Instant startsAt, Instant endsAt, String localStart, String localEnd,
			long counterpartId, String counterpartName, String counterpartTimeZone, String counterpartLocalStart,
			String room, @Nullable Outcome myOutcome, boolean agreementSigned) {
	}

}

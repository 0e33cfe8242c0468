package org.twinport.matchmaking;

import java.util.List;

/**
 * A company in a session; {@code windows} merged and sorted, empty meaning the whole
 * session.
 */
public record ParticipantView(long companyId, String name, String timeZone, List<Window> windows) {
}

package org.twinport.matchmaking;

import java.time.LocalDateTime;

/** A window of availability, in the session's time zone. */
public record Window(LocalDateTime from, LocalDateTime to) {
}

package org.twinport.matchmaking;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record MeetingRequestView(long id, long sessionId, long fromCompanyId, String fromName, long toCompanyId,
		String toName, RequestStatus status, @Nullable String message, Instant createdAt) {
}

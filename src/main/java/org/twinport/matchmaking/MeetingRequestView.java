package org.twinport.matchmaking;

import java.time.Instant;

public record MeetingRequestView(long id, long sessionId, long fromCompanyId, String fromName, long toCompanyId,
		String toName, RequestStatus status, String message, Instant createdAt) {
}

package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An exchange for reading.
 *
 * @param start the local start as precise as it is known ({@code 2021-10},
 * {@code 2026-03-12T15:00})
 * @param startsAt the instant of the local start in {@code timeZone}
 */
public record ExchangeView(long id, @Nullable String code, ExchangeKind kind, String title, Map<String, String> titles,
		String start, String startPrecision, @Nullable String end, String timeZone, Instant startsAt,
		@Nullable Instant endsAt, @Nullable String summary, @Nullable String outcomes, boolean isPublic,
		boolean archived, boolean demo, List<Participant> participants) {

	/**
	 * @param type PLACE, ORGANIZATION, CONTACT or COUNTRY
	 * @param timeZone the participant's zone when known (its place's)
	 */
	public record Participant(ExchangeDraft.Role role, String type, String code, String name,
			@Nullable String countryCode, @Nullable String timeZone, @Nullable String description) {
	}

	public boolean timed() {
		return "MINUTE".equals(startPrecision);
	}

}

package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;

/**
 * An exchange as staff or a partner office write it.
 *
 * @param start local date-time in {@code timeZone} ({@code 2026-03-12T15:00}), or as much
 * of the date as is known ({@code 2021-10-15}, {@code 2021-10}, {@code 2021})
 * @param end optional, in the same forms and zone; not before the start
 * @param timeZone the IANA zone the times are given in, such as {@code Asia/Shanghai}
 * @param isPublic whether anonymous readers may see it; true when omitted
 */
public record ExchangeDraft(@Nullable String code, ExchangeKind kind, Map<String, String> title, String start,
		@Nullable String end, String timeZone, @Nullable String summary, @Nullable String outcomes,
		@Nullable Boolean isPublic, @Nullable List<Participant> participants) {

	/**
	 * Exactly one of place, organization, contact (codes) or country (ISO 3166-1, for
	 * partners not named).
	 */
	public record Participant(@Nullable Role role, @Nullable String place, @Nullable String organization,
			@Nullable String contact, @Nullable String country, @Nullable String description) {
	}

	public enum Role {

		ORGANIZER, PARTICIPANT

	}

}

package org.twinport.matchmaking;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A company profile as its owner writes it. Lists may be empty; {@code name},
 * {@code placeCode} and {@code size} are required.
 * Any part may be null as it arrives (JSON or a form); the service refuses what is missing.
 *
 * @param placeCode the network place the company is based in, such as {@code jp-wakayama}
 * @param workStarts the start of the company's working day in its place's zone, {@code HH:mm};
 * with {@code workEnds}, or neither (the hours stay as they are, 08:00-18:00 for a new
 * company). The scheduler places no meeting outside them.
 */
public record ProfileDraft(@Nullable String name, @Nullable String placeCode, @Nullable CompanySize size,
		@Nullable Boolean openToMeetings, @Nullable Map<String, String> descriptions, @Nullable List<String> sellsHs,
		@Nullable List<String> buysHs, @Nullable List<String> isicSections, @Nullable List<Offering> offers,
		@Nullable List<Offering> seeks, @Nullable List<String> markets, @Nullable List<String> languages,
		@Nullable String workStarts, @Nullable String workEnds) {
}

package org.twinport.matchmaking;

import java.util.List;
import java.util.Map;

/**
 * A company profile as its owner writes it. Lists may be empty; {@code name},
 * {@code placeCode} and {@code size} are required.
 *
 * @param placeCode the network place the company is based in, such as {@code jp-wakayama}
 * @param workStarts the start of the company's working day in its place's zone, {@code HH:mm};
 * with {@code workEnds}, or neither (the hours stay as they are, 08:00-18:00 for a new
 * company). The scheduler places no meeting outside them.
 */
public record ProfileDraft(String name, String placeCode, CompanySize size, Boolean openToMeetings,
		Map<String, String> descriptions, List<String> sellsHs, List<String> buysHs, List<String> isicSections,
		List<Offering> offers, List<Offering> seeks, List<String> markets, List<String> languages, String workStarts,
		String workEnds) {
}

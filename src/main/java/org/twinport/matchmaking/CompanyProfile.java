package org.twinport.matchmaking;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A company as matchmaking sees it.
 *
 * @param merchantId the catalog merchant this profile belongs to; null for a buying
 * company owned by an account
 * @param sellsHs HS codes (2, 4 or 6 digits) the company sells
 * @param buysHs HS codes it seeks to buy
 * @param isicSections ISIC Rev. 4 sections, A to U
 * @param markets ISO country codes of the markets it is interested in
 * @param languages ISO 639-1 codes of the languages its people speak
 * @param workStarts the start of its working day in {@code timeZone}, {@code HH:mm}
 */
public record CompanyProfile(long id, @Nullable Long merchantId, String name, long placeId, String placeCode,
		String placeName, String countryCode, String timeZone, CompanySize size, boolean openToMeetings, boolean demo,
		Map<String, String> descriptions, List<String> sellsHs, List<String> buysHs, List<String> isicSections,
		List<Offering> offers, List<Offering> seeks, List<String> markets, List<String> languages,
		String workStarts, String workEnds) {
}

package org.twinport.matchmaking;

import java.util.List;

/**
 * A suggested counterpart (or supplier for an RFQ), its score and every reason that makes
 * it up, largest first.
 */
public record Suggestion(long companyId, String name, String placeName, String countryCode, int score,
		List<Reason> reasons) {
}

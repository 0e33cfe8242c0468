package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.twinport.identity.TwinportUser;

/**
 * What happened with one partner: its exchanges, donations and project milestones, newest
 * first.
 */
public interface PartnerTimeline {

	/**
	 * @throws org.twinport.shared.NotFoundException for an unknown place
	 */
	Timeline timeline(String placeCode, @Nullable TwinportUser reader, String lang, int limit);

	record Timeline(String partnerCode, String partnerName, @Nullable String timeZone, List<Entry> entries) {
	}

	/**
	 * @param type EXCHANGE, DONATION or MILESTONE
	 * @param date as precise as known; null when unknown (listed last)
	 * @param kind the exchange kind, donation direction or sub-project status
	 */
	record Entry(String type, long id, @Nullable String date, String title, @Nullable String kind,
			@Nullable String detail) {
	}

}

package org.twinport.network;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published by whoever records activity with partners (the exchange module), so that the
 * network can keep each partnership's last-activity date without depending on that
 * module.
 *
 * @param activityId the exchange's id
 * @param placeIds the places that took part; empty when the exchange was archived
 * @param occurredOn the day the activity started
 */
public record PartnerActivityChanged(long activityId, Set<Long> placeIds, LocalDate occurredOn) {
}

package org.twinport.ordering;

import java.util.List;

import org.twinport.shared.Money;

/**
 * One zone of a merchant's shipping profile: the destination countries it covers and its
 * rates, each a service level up to a weight with its price and transit days. A buyer's
 * consignment takes the smallest bracket of the chosen service that holds its weight; a
 * merchant without a zone for a country ships there at the platform's default rates.
 *
 * @param code the zone's name, unique per merchant, for example {@code eu}
 */
public record ShippingZone(String code, List<String> countries, List<Rate> rates) {

	/**
	 * @param service POSTAL or EXPRESS
	 * @param maxWeightGrams the heaviest consignment this rate carries
	 */
	public record Rate(String service, Integer maxWeightGrams, Money price, Integer transitMinDays,
			Integer transitMaxDays) {
	}

}

package org.twinport.catalog;

import java.util.List;

/**
 * The destination markets a buyer can choose on the marketplace: the countries the
 * platform delivers to and can quote landed cost for. Data, not a list in code: the
 * ordering module implements it from its market table, so the marketplace never offers a
 * market that checkout refuses, nor hides one it serves.
 */
public interface DeliveryMarkets {

	/** ISO country codes, sorted. */
	List<String> countries();

}

package org.twinport.catalog;

import java.util.Map;

/** Registers merchants; verification by the office comes with the catalog's own pages. */
public interface MerchantManagement {

	/**
	 * Registers a merchant, or returns the existing one with the same code.
	 * @param code a stable key, for example {@code cn-jinan-sample-tea}
	 * @param displayNames names per language; {@code en} is required
	 * @param homePlaceId the network place the company is based in
	 */
	long register(String code, String legalName, Map<String, String> displayNames, long homePlaceId, String countryCode,
			String payoutCurrency, boolean verified, boolean demo);

}

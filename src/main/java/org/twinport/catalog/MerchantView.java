package org.twinport.catalog;

import java.util.List;
import java.util.Map;

/** A merchant as ADMIN and the merchant itself see it. */
public record MerchantView(long id, String code, String legalName, Map<String, String> displayNames, long homePlaceId,
		String countryCode, String payoutCurrency, Verification verification, boolean demo,
		List<Warehouse> warehouses) {

	public record Warehouse(long id, String code, String kind, String countryCode) {
	}

}

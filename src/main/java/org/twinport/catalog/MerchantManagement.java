package org.twinport.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Merchants (companies that sell), their verification by ADMIN and their warehouses. */
public interface MerchantManagement {

	/**
	 * Registers a merchant, or returns the existing one with the same code.
	 * @param code a stable key, for example {@code cn-jinan-sample-tea}
	 * @param displayNames names per language; {@code en} is required
	 * @param homePlaceId the network place the company is based in
	 */
	long register(String code, String legalName, Map<String, String> displayNames, long homePlaceId, String countryCode,
			String payoutCurrency, boolean verified, boolean demo);

	List<MerchantView> merchants();

	/**
	 * @throws org.twinport.shared.NotFoundException when there is no such merchant
	 */
	MerchantView merchant(long id);

	/**
	 * Sets the verification status (ADMIN only) and publishes {@link MerchantChanged}.
	 */
	MerchantView changeVerification(long id, Verification verification);

	/**
	 * Adds a warehouse, or returns the merchant's existing one with the same code.
	 * @param kind DOMESTIC, BONDED or OVERSEAS
	 */
	MerchantView.Warehouse addWarehouse(long merchantId, @Nullable String code, @Nullable String kind,
			@Nullable String countryCode);

}

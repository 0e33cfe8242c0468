package org.twinport.ordering;

import java.util.List;

import org.twinport.identity.TwinportUser;
import org.jspecify.annotations.Nullable;

/**
 * Merchants' shipping profiles. A MERCHANT edits its own company's zones (a
 * {@code merchantId} other than its own is refused); ADMIN names the merchant. The
 * platform's default zones are shown to everyone and edited by no one here.
 */
public interface MerchantShipping {

	/** The merchant's own zones, by code. */
	List<ShippingZone> zones(TwinportUser actor, @Nullable Long merchantId);

	/** The platform's default zones, used where a merchant has none for a country. */
	List<ShippingZone> defaults();

	/**
	 * Creates or replaces one zone with all its rates.
	 * @throws org.twinport.shared.InvalidInputException naming the field, for example
	 * {@code rates[1].transitMaxDays}; nothing is stored then
	 */
	ShippingZone save(TwinportUser actor, @Nullable Long merchantId, ShippingZone zone);

	/**
	 * @throws org.twinport.shared.NotFoundException when the merchant has no such zone
	 */
	void delete(TwinportUser actor, @Nullable Long merchantId, String code);

}

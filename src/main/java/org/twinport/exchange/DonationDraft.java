package org.twinport.exchange;

import java.math.BigDecimal;
import java.util.List;

/**
 * A donation given or received. Donor and recipient are each a place, an organization
 * (codes) or a free-text name; the recipient's country is taken from its place when not
 * given. Unknown quantities and values stay null.
 *
 * @param exchange the code of the exchange the donation belongs to, if any
 */
public record DonationDraft(String code, String exchange, Direction direction, String donorPlace,
		String donorOrganization, String donorName, String recipientPlace, String recipientOrganization,
		String recipientName, String recipientCountry, Status status, String pledgedOn, String shippedOn,
		String deliveredOn, String notes, Boolean isPublic, List<Item> items) {

	public enum Direction {

		GIVEN, RECEIVED

	}

	public enum Status {

		PLEDGED, SHIPPED, DELIVERED

	}

	/**
	 * @param valueCurrency ISO 4217, required with a value
	 */
	public record Item(String item, BigDecimal quantity, String unit, BigDecimal valueAmount, String valueCurrency) {
	}

}

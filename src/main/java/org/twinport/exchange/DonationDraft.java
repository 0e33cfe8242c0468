package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A donation given or received. Donor and recipient are each a place, an organization
 * (codes) or a free-text name; the recipient's country is taken from its place when not
 * given. Unknown quantities and values stay null.
 *
 * @param exchange the code of the exchange the donation belongs to, if any
 */
public record DonationDraft(@Nullable String code, @Nullable String exchange, Direction direction,
		@Nullable String donorPlace, @Nullable String donorOrganization, @Nullable String donorName,
		@Nullable String recipientPlace, @Nullable String recipientOrganization, @Nullable String recipientName,
		@Nullable String recipientCountry, Status status, @Nullable String pledgedOn, @Nullable String shippedOn,
		@Nullable String deliveredOn, @Nullable String notes, @Nullable Boolean isPublic, @Nullable List<Item> items) {

	public enum Direction {

		GIVEN, RECEIVED

	}

	public enum Status {

		PLEDGED, SHIPPED, DELIVERED

	}

	/**
	 * @param valueCurrency ISO 4217, required with a value
	 */
	public record Item(String item, @Nullable BigDecimal quantity, @Nullable String unit,
			@Nullable BigDecimal valueAmount, @Nullable String valueCurrency) {
	}

}

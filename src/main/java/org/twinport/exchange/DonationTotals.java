package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The donation section of the office's figures: public, live donations. */
public record DonationTotals(List<ItemTotal> byItem, Map<String, Long> byDirection,
		Map<String, Long> byRecipientCountry) {

	/**
	 * @param quantity the sum of the known quantities; null when none is known
	 * @param unknownQuantities how many of the donated items do not state their quantity
	 */
	public record ItemTotal(String item, String direction, @Nullable String unit, long donations,
			@Nullable BigDecimal quantity, long unknownQuantities) {
	}

}

package org.twinport.ordering;

import java.util.List;

import org.twinport.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a paid order sends where, for modules that account for the trade: the buyer's
 * destination and the goods line by line, as the order's snapshot holds them.
 *
 * @param destinationCountry ISO 3166 alpha-2 of the delivery address (the order's market)
 * @param destinationCity the city of the delivery address, as the buyer wrote it; null
 * when not given (B2B orders)
 * @param b2b a B2B order made from an accepted quote rather than a consumer's checkout
 */
public record OrderGoods(String destinationCountry, @Nullable String destinationCity, boolean b2b, List<Line> lines) {

	public OrderGoods {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/**
	 * @param lineNo the line's number in the order, from 1
	 * @param hsCode the product's HS code as the catalog holds it (6 to 10 digits)
	 * @param originCountry where the goods were made (ISO alpha-2); null when unknown
	 * @param warehouseId the merchant's warehouse the goods leave from; null when unknown
	 * (B2B orders)
	 * @param unit {@code pcs} for catalog goods, the quote's unit (kg, cartons...) for
	 * B2B
	 * @param value unit price times quantity, in the price's currency, before shipping,
	 * duty and tax
	 */
	public record Line(int lineNo, String hsCode, @Nullable String originCountry, @Nullable Long warehouseId, java.math.BigDecimal quantity,
			String unit, Money value) {
	}

}

package org.twinport.catalog;

/** Stock of one variant in one warehouse; {@code available} is never negative. */
public record StockLevel(long variantId, String variantSku, String warehouseCode, int onHand, int reserved) {

	@com.fasterxml.jackson.annotation.JsonProperty("available")
	public int available() {
		return onHand - reserved;
	}

}
